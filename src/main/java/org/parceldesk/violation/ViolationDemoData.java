package org.parceldesk.violation;

import java.util.Map;
import org.parceldesk.courier.CourierRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo vehicle plates for the demo couriers, so that plate-only alarms can be tried. Demo only. */
@Component
@ConditionalOnProperty(prefix = "parceldesk.demo", name = "enabled", havingValue = "true")
class ViolationDemoData {

    static final Map<String, String> PLATES = Map.of(
            "沪AD10001", "C0001", "沪AD10002", "C0002", "沪AD10003", "C0003", "沪AD10004", "C0004",
            "浙AD20005", "C0005", "浙AD20006", "C0006", "浙AD20007", "C0007", "京AD30008", "C0008");

    private final CourierVehicleRepository vehicles;
    private final CourierRepository couriers;

    ViolationDemoData(CourierVehicleRepository vehicles, CourierRepository couriers) {
        this.vehicles = vehicles;
        this.couriers = couriers;
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
    }
}
