package org.parceldesk.violation;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    MonitoringAlarms(ViolationRegistration registration, CourierVehicleRepository vehicles,
            MonitoringProperties properties, ZoneProperties zone) {
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
        String description = String.format(Locale.ROOT, "北斗/GPS 超速告警:车速 %s km/h,限速 %s km/h,超速 %s km/h;时间 %s%s%s",
                alarm.speedKmh().stripTrailingZeros().toPlainString(), alarm.limitKmh().stripTrailingZeros().toPlainString(),
                over.stripTrailingZeros().toPlainString(), LOCAL.format(alarm.at().atZone(zone)),
                alarm.plate() == null ? "" : ";车牌 " + alarm.plate().strip(),
                alarm.location() == null || alarm.location().isBlank() ? "" : ";位置 " + alarm.location().strip());
        Registration registered = registration.register(new NewViolation(ViolationSource.MONITORING, null, courierNo,
                type, null, description, alarm.at(), registration.hourlyDedupeKey(courierNo, type, alarm.at()),
                receivedBy));
        if (registered.duplicate()) {
            throw ApiProblem.conflict("at", "快递员 " + courierNo + " 本小时的超速已登记为 " + registered.caseNo()
                    + " speeding of " + courierNo + " in this hour is already case " + registered.caseNo())
                    .with("existingCaseNo", registered.caseNo());
        }
        return new AlarmResult(AlarmResult.Outcome.REGISTERED, registered.caseNo(), courierNo, over);
    }

    private String courierOf(MonitoringAlarm alarm) {
        String plate = alarm.plate() == null || alarm.plate().isBlank() ? null : alarm.plate().strip();
        String courierNo = alarm.courierNo() == null || alarm.courierNo().isBlank() ? null : alarm.courierNo().strip();
        if (plate == null && courierNo == null) {
            throw ApiProblem.invalid("plate", "plate or courierNo is required");
        }
        if (plate == null) {
            return courierNo;
        }
        String driver = vehicles.findById(plate).map(CourierVehicle::getCourierNo).orElse(null);
        if (driver == null) {
            if (courierNo != null) {
                return courierNo;
            }
            throw ApiProblem.unprocessable("plate", "车牌未登记 unknown vehicle plate " + plate);
        }
        if (courierNo != null && !courierNo.equals(driver)) {
            throw ApiProblem.unprocessable("courierNo",
                    "车牌 " + plate + " 属于快递员 " + driver + " plate " + plate + " belongs to courier " + driver);
        }
        return driver;
    }
}
