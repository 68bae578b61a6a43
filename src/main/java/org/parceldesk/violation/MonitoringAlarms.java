package org.parceldesk.violation;

import org.parceldesk.common.Messages;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.ZoneProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns vehicle alarms into violation cases: a SPEEDING alarm more than the tolerance above the
 * limit becomes a MONITORING case, one per courier and (local) hour, however many alarms the
 * platform sends in that hour.
 */
@Service
class MonitoringAlarms {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ViolationRegistration registration;
    private final CourierVehicleRepository vehicles;
    private final MonitoringProperties properties;
    private final ZoneId zone;

    private final Messages messages;

    MonitoringAlarms(ViolationRegistration registration, CourierVehicleRepository vehicles,
            MonitoringProperties properties, ZoneProperties zone,
            Messages messages) {
        this.messages = messages;
        this.registration = registration;
        this.vehicles = vehicles;
        this.properties = properties;
        this.zone = zone.zone();
    }

    /** @throws ApiProblem 400 without plate and courier, 422 for an unknown plate, 409 for the same courier and hour */
    @Transactional
    AlarmResult receive(MonitoringAlarm alarm, String receivedBy) {
        String courierNo = courierOf(alarm);
        BigDecimal over = alarm.speedKmh().subtract(alarm.limitKmh());
        if (over.compareTo(BigDecimal.valueOf(properties.speedingToleranceKmh())) <= 0) {
            return new AlarmResult(AlarmResult.Outcome.BELOW_THRESHOLD, null, courierNo, over);
        }
        ViolationType type = ViolationType.SPEEDING;
        // the case's description is a record, written in the company's language whoever sends the alarm
        String description = messages.get(Messages.DEFAULT, "violation.monitoring.description",
                alarm.speedKmh().stripTrailingZeros().toPlainString(), alarm.limitKmh().stripTrailingZeros().toPlainString(),
                over.stripTrailingZeros().toPlainString(), LOCAL.format(alarm.at().atZone(zone)))
                + (alarm.plate() == null ? "" : messages.get(Messages.DEFAULT, "violation.monitoring.plate", alarm.plate().strip()))
                + (alarm.location() == null || alarm.location().isBlank() ? ""
                        : messages.get(Messages.DEFAULT, "violation.monitoring.location", alarm.location().strip()));
        Registration registered = registration.register(new NewViolation(ViolationSource.MONITORING, null, courierNo,
                type, null, description, alarm.at(), registration.hourlyDedupeKey(courierNo, type, alarm.at()),
                receivedBy));
        if (registered.duplicate()) {
            throw ApiProblem.conflict("at",
                    messages.get("violation.monitoring.duplicate", courierNo, registered.caseNo()))
                    .with("existingCaseNo", registered.caseNo());
        }
        return new AlarmResult(AlarmResult.Outcome.REGISTERED, registered.caseNo(), courierNo, over);
    }

    private String courierOf(MonitoringAlarm alarm) {
        String plate = alarm.plate() == null || alarm.plate().isBlank() ? null : alarm.plate().strip();
        String courierNo = alarm.courierNo() == null || alarm.courierNo().isBlank() ? null : alarm.courierNo().strip();
        if (plate == null && courierNo == null) {
            throw ApiProblem.invalid("plate", messages.get("violation.monitoring.plate-or-courier"));
        }
        if (plate == null) {
            return courierNo;
        }
        String driver = vehicles.findById(plate).map(CourierVehicle::getCourierNo).orElse(null);
        if (driver == null) {
            if (courierNo != null) {
                return courierNo;
            }
            throw ApiProblem.unprocessable("plate", messages.get("violation.monitoring.unknown-plate", plate));
        }
        if (courierNo != null && !courierNo.equals(driver)) {
            throw ApiProblem.unprocessable("courierNo",
                    messages.get("violation.monitoring.other-courier", plate, driver));
        }
        return driver;
    }
}
