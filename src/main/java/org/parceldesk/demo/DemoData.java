package org.parceldesk.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.parceldesk.security.StaffGroup;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo users (one per role, password {@value #DEMO_PASSWORD}), 3 stations, 10 couriers and 200
 * shipments, written once into an empty database. Shipment dates are relative to today so that
 * lateness and claim windows make sense whenever the demo is started. Demo only: the mysql
 * profile switches it off.
 */
@Component
@ConditionalOnProperty(prefix = "parceldesk.demo", name = "enabled", havingValue = "true")
class DemoData {

    static final String DEMO_PASSWORD = "demo";
    static final String FIRST_STATION = "S001";
    static final int SHIPMENTS = 200;
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final StationRepository stations;
    private final CourierRepository couriers;
    private final ShipmentRepository shipments;
    private final Clock clock;

    DemoData(IdentityService identity, StationRepository stations, CourierRepository couriers,
            ShipmentRepository shipments, Clock clock) {
        this.identity = identity;
        this.stations = stations;
        this.couriers = couriers;
        this.shipments = shipments;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void load() {
        createUsers();
        if (stations.count() > 0) {
            return;
        }
        stations.saveAll(List.of(
                new Station(FIRST_STATION, "上海浦东网点", "上海", StaffGroup.STATION_MANAGER.id(), "complaint-handler", false),
                new Station("S002", "杭州西湖网点", "杭州", null, "complaint-handler", true),
                new Station("S003", "北京朝阳网点", "北京", null, "complaint-handler", true)));
        couriers.saveAll(demoCouriers());
        shipments.saveAll(demoShipments());
        log.info("Demo data written: 3 stations, 10 couriers, {} shipments, one user per role (password '{}')",
                SHIPMENTS, DEMO_PASSWORD);
    }

    private void createUsers() {
        for (StaffGroup group : StaffGroup.values()) {
            if (identity.createUserQuery().userId(group.id()).count() > 0) {
                continue;
            }
            User user = identity.newUser(group.id());
            user.setFirstName(group.displayName());
            user.setLastName("Demo");
            user.setEmail(group.id() + "@parceldesk.example");
            user.setPassword(DEMO_PASSWORD);
            identity.saveUser(user);
            identity.createMembership(group.id(), group.id());
        }
        makeDemoAdminCamundaAdmin();
    }

    /**
     * Camunda's webapps offer a public "create the first administrator" page while the camunda-admin
     * group has no member; the demo admin fills it so that nobody else can.
     */
    private void makeDemoAdminCamundaAdmin() {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda BPM Administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        String admin = StaffGroup.ADMIN.id();
        if (identity.createUserQuery().userId(admin).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(admin, Groups.CAMUNDA_ADMIN);
        }
    }

    private static List<Courier> demoCouriers() {
        String[] names = {"张伟", "王芳", "李强", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴倩"};
        List<Courier> list = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String station = i < 4 ? FIRST_STATION : i < 7 ? "S002" : "S003";
            CourierStatus status = i == 8 ? CourierStatus.SUSPENDED : i == 9 ? CourierStatus.LEFT : CourierStatus.ACTIVE;
            String userId = i == 0 ? StaffGroup.COURIER.id() : null;
            list.add(new Courier(courierNo(i), names[i], station, String.format("1380013%04d", i), status, userId));
        }
        return list;
    }

    private List<Shipment> demoShipments() {
        Instant today = clock.instant().truncatedTo(ChronoUnit.HOURS);
        ServiceType[] types = ServiceType.values();
        List<Shipment> list = new ArrayList<>();
        for (int i = 0; i < SHIPMENTS; i++) {
            ServiceType type = types[i % types.length];
            boolean insured = i % 4 == 0;
            // one in fifty was shipped more than a year ago: its claims are time-barred
            Instant shipped = today.minus(Duration.ofDays(i % 50 == 49 ? 400 : 2 + i % 25)).minus(Duration.ofHours(i % 9));
            Instant promised = shipped.plus(Duration.ofDays(switch (type) {
                case SAME_CITY -> 1;
                case DOMESTIC -> 3;
                case INTERNATIONAL -> 10;
            }));
            int courier = i % 8; // the suspended and the departed courier carry no shipments
            String station = courier < 4 ? FIRST_STATION : courier < 7 ? "S002" : "S003";
            Instant delivered;
            ShipmentStatus status;
            switch (i % 5) {
                case 0, 1 -> { delivered = promised.minus(Duration.ofHours(3)); status = ShipmentStatus.DELIVERED; }
                case 2 -> { delivered = promised.plus(Duration.ofDays(1 + i % 9)); status = ShipmentStatus.DELIVERED; }
                case 3 -> { delivered = null; status = ShipmentStatus.IN_TRANSIT; }
                default -> { delivered = null; status = i % 10 == 4 ? ShipmentStatus.EXCEPTION : ShipmentStatus.OUT_FOR_DELIVERY; }
            }
            if (delivered != null && delivered.isAfter(today)) {
                delivered = null;
                status = ShipmentStatus.OUT_FOR_DELIVERY;
            }
            BigDecimal postage = BigDecimal.valueOf(8 + (i % 7) * 4L).setScale(2);
            BigDecimal declared = insured ? BigDecimal.valueOf(500L + 250L * (i % 8)).setScale(2) : null;
            BigDecimal fee = insured ? declared.multiply(new BigDecimal("0.01")).setScale(2) : null;
            String origin = new String[] {"S001", "S002", "S003"}[(i / 3) % 3];
            list.add(new Shipment(new ShipmentSnapshot(String.format("PD%010d", 2026000001L + i), type, shipped, promised,
                    delivered, courierNo((i + 3) % 8), delivered == null && status == ShipmentStatus.IN_TRANSIT ? null
                    : courierNo(courier), origin, station, postage, insured, declared, fee, status)));
        }
        return list;
    }

    private static String courierNo(int index) {
        return String.format("C%04d", index + 1);
    }
}
