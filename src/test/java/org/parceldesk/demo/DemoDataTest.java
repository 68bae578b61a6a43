package org.parceldesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.security.StaffGroup;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.station.StationRepository;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@ParcelDeskTest
class DemoDataTest {

    @Autowired
    IdentityService identity;
    @Autowired
    StationRepository stations;
    @Autowired
    CourierRepository couriers;
    @Autowired
    ShipmentRepository shipments;

    @Test
    void oneDemoUserPerRoleInItsGroupWithPasswordDemo() {
        for (StaffGroup group : StaffGroup.values()) {
            assertThat(identity.checkPassword(group.id(), "demo")).as(group.id()).isTrue();
            assertThat(identity.createUserQuery().userId(group.id()).memberOfGroup(group.id()).count()).isEqualTo(1);
        }
    }

    @Test
    void demoAdminClosesCamundasFirstAdminSetupPage() {
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
    }

    @Test
    void stationManagerManagesTheFirstStationAndCourierBelongsToIt() {
        assertThat(stations.findById("S001")).get().extracting(s -> s.getManagerUserId()).isEqualTo("station-manager");
        assertThat(couriers.findByUserId("courier")).get().satisfies(c -> {
            assertThat(c.getStationCode()).isEqualTo("S001");
            assertThat(c.isActive()).isTrue();
        });
    }

    @Test
    @Transactional(readOnly = true)
    void demoShipmentsCoverEveryKind() {
        List<ShipmentSnapshot> demo = shipments.findAll().stream().map(Shipment::toSnapshot)
                .filter(s -> s.waybillNo().startsWith("PD2026")).toList();
        assertThat(demo).hasSize(DemoData.SHIPMENTS);
        assertThat(demo).extracting(ShipmentSnapshot::serviceType).contains(ServiceType.values());
        assertThat(demo).anyMatch(ShipmentSnapshot::insured).anyMatch(s -> !s.insured());
        assertThat(demo).anyMatch(s -> s.delivered() && !s.deliveredAt().isAfter(s.promisedAt()));
        assertThat(demo).anyMatch(s -> s.delivered() && s.deliveredAt().isAfter(s.promisedAt()));
        assertThat(demo).anyMatch(s -> !s.delivered() && s.promisedAt().isBefore(Instant.now()));
        assertThat(demo).allMatch(s -> !s.insured() || s.declaredValue() != null);
    }
}
