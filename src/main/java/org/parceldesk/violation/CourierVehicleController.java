package org.parceldesk.violation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.courier.CourierRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Which courier drives which vehicle, so that plate-only alarms find their courier. */
@RestController
class CourierVehicleController {

    /** A plate is letters, digits and Chinese characters (浙A12345, 京AD12345): nothing that could be a path or markup. */
    record VehiclePlate(@NotBlank @Size(max = 16)
            @jakarta.validation.constraints.Pattern(regexp = "[\\p{IsHan}A-Za-z0-9·-]+", message = "{violation.vehicle.plate-format}")
            String plate) {
    }

    record VehicleView(String plate, String courierNo) {
    }

    private final CourierVehicleRepository vehicles;
    private final CourierRepository couriers;

    CourierVehicleController(CourierVehicleRepository vehicles, CourierRepository couriers) {
        this.vehicles = vehicles;
        this.couriers = couriers;
    }

    /** Assigns the plate to the courier (moving it from whoever drove it before). */
    @PutMapping("/api/v1/couriers/{courierNo}/vehicle")
    @PreAuthorize("hasAnyAuthority('inspector','admin')")
    @Transactional
    VehicleView assign(@PathVariable String courierNo, @Valid @RequestBody VehiclePlate request) {
        if (!couriers.existsById(courierNo)) {
            throw ApiProblem.missing("violation.courier.not-found", courierNo);
        }
        String plate = request.plate().strip();
        CourierVehicle vehicle = vehicles.findById(plate).orElseGet(() -> new CourierVehicle(plate, courierNo));
        vehicle.assignTo(courierNo);
        vehicles.save(vehicle);
        return new VehicleView(plate, courierNo);
    }
}
