package org.parceldesk.violation;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.security.StaffGroup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data of the violation feature: vehicle plates for the demo couriers (plate-only alarms), and
 * a second inspector, {@value #SECOND_INSPECTOR} (password {@code demo}), because an appeal must be
 * reviewed by someone other than the inspector who decided the case. Demo only.
 */
@Component
@ConditionalOnProperty(prefix = "parceldesk.demo", name = "enabled", havingValue = "true")
class ViolationDemoData {

    static final Map<String, String> PLATES = Map.of(
            "沪AD10001", "C0001", "沪AD10002", "C0002", "沪AD10003", "C0003", "沪AD10004", "C0004",
            "浙AD20005", "C0005", "浙AD20006", "C0006", "浙AD20007", "C0007", "京AD30008", "C0008");

    static final String SECOND_INSPECTOR = "inspector2";

    private final CourierVehicleRepository vehicles;
    private final CourierRepository couriers;
    private final IdentityService identity;

    ViolationDemoData(CourierVehicleRepository vehicles, CourierRepository couriers, IdentityService identity) {
        this.vehicles = vehicles;
        this.couriers = couriers;
        this.identity = identity;
    }

    /** After the foundation's demo data (order 10), which writes the couriers. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @Transactional
    public void load() {
        PLATES.forEach((plate, courierNo) -> {
            if (!vehicles.existsById(plate) && couriers.existsById(courierNo)) {
                vehicles.save(new CourierVehicle(plate, courierNo));
            }
        });
        if (identity.createUserQuery().userId(SECOND_INSPECTOR).count() == 0) {
            User user = identity.newUser(SECOND_INSPECTOR);
            user.setFirstName("监察专员二 Second inspector");
            user.setLastName("Demo");
            user.setEmail(SECOND_INSPECTOR + "@parceldesk.example");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(SECOND_INSPECTOR, StaffGroup.INSPECTOR.id());
        }
    }
}
