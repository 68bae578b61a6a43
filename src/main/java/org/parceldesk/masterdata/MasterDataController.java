package org.parceldesk.masterdata;

import java.time.LocalDate;
import java.util.List;

import org.parceldesk.courier.Courier;
import org.parceldesk.station.Station;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Master data lifecycle for admins ({@code /api/v1/admin/**} is admin-only). */
@RestController
@RequestMapping("/api/v1/admin")
class MasterDataController {

    private final MasterDataLifecycle lifecycle;
    private final MasterDataAuditLog audit;

    MasterDataController(MasterDataLifecycle lifecycle, MasterDataAuditLog audit) {
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    record Suspension(LocalDate until, String reason) {
    }

    record Reason(String reason) {
    }

    record CourierView(String employeeNo, String stationCode, String status, LocalDate suspendedUntil) {

        static CourierView of(Courier courier) {
            return new CourierView(courier.getEmployeeNo(), courier.getStationCode(), courier.getStatus().name(),
                    courier.getSuspendedUntil());
        }
    }

    record StationView(String code, String name, boolean active) {

        static StationView of(Station station) {
            return new StationView(station.getCode(), station.getName(), station.isActive());
        }
    }

    @PostMapping("/couriers/{employeeNo}/suspension")
    CourierView suspend(@PathVariable String employeeNo, @RequestBody Suspension body, Authentication user) {
        return CourierView.of(lifecycle.suspendCourier(employeeNo, body.until(), body.reason(), user.getName()));
    }

    @PostMapping("/couriers/{employeeNo}/reinstatement")
    CourierView reinstate(@PathVariable String employeeNo, @RequestBody Reason body, Authentication user) {
        return CourierView.of(lifecycle.reinstateCourier(employeeNo, body.reason(), user.getName()));
    }

    @PostMapping("/couriers/{employeeNo}/deactivation")
    CourierView deactivateCourier(@PathVariable String employeeNo, @RequestBody Reason body, Authentication user) {
        return CourierView.of(lifecycle.deactivateCourier(employeeNo, body.reason(), user.getName()));
    }

    @PostMapping("/stations/{code}/deactivation")
    StationView deactivateStation(@PathVariable String code, @RequestBody Reason body, Authentication user) {
        return StationView.of(lifecycle.deactivateStation(code, body.reason(), user.getName()));
    }

    @PostMapping("/stations/{code}/reactivation")
    StationView reactivateStation(@PathVariable String code, @RequestBody Reason body, Authentication user) {
        return StationView.of(lifecycle.reactivateStation(code, body.reason(), user.getName()));
    }

    @GetMapping("/master-data/audit")
    List<MasterDataAudit> audit(@RequestParam(required = false) String entityType,
                                @RequestParam(required = false) String entityKey) {
        return audit.list(entityType, entityKey);
    }
}
