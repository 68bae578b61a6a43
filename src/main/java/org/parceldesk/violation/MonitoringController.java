package org.parceldesk.violation;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Vehicle alarms from the BeiDou/GPS monitoring platform. The platform calls with the account of
 * an {@code inspector} (or {@code admin}).
 */
@RestController
class MonitoringController {

    private final MonitoringAlarms alarms;

    MonitoringController(MonitoringAlarms alarms) {
        this.alarms = alarms;
    }

    /** 201 with the new case, 200 when within tolerance, 409 (existingCaseNo) for the same courier and hour. */
    @PostMapping("/api/v1/monitoring/alarms")
    @PreAuthorize("hasAnyAuthority('inspector','admin')")
    ResponseEntity<AlarmResult> receive(@Valid @RequestBody MonitoringAlarm alarm, Authentication authentication) {
        AlarmResult result = alarms.receive(alarm, authentication.getName());
        HttpStatus status = result.outcome() == AlarmResult.Outcome.REGISTERED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(result);
    }
}
