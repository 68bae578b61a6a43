package org.parceldesk.violation;

import org.parceldesk.common.Messages;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.CaseNumbers;
import org.parceldesk.common.CaseType;
import org.parceldesk.common.ZoneProperties;
import org.parceldesk.courier.Courier;
import org.parceldesk.shipment.ShipmentDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers violation cases and starts their process: for an inspector's or the monitoring platform's
 * request, and for the reaction to another case's {@link CourierHeldResponsible} ({@link CourierReports}).
 * The courier must exist and be active; the same courier, type and waybill (for vehicle alarms:
 * courier, type and hour) is registered once, which also makes a retried reaction harmless.
 */
@Service
class ViolationRegistration implements ViolationIntake {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");

    private final ViolationRepository violations;
    private final EntityManager entityManager;
    private final ShipmentDirectory shipments;
    private final CaseNumbers caseNumbers;
    private final CourierViolationProcess process;
    private final Clock clock;
    private final ZoneProperties zone;

    private final Messages messages;

    ViolationRegistration(ViolationRepository violations, EntityManager entityManager, ShipmentDirectory shipments,
            CaseNumbers caseNumbers, CourierViolationProcess process, Clock clock, ZoneProperties zone,
            Messages messages) {
        this.messages = messages;
        this.violations = violations;
        this.entityManager = entityManager;
        this.shipments = shipments;
        this.caseNumbers = caseNumbers;
        this.process = process;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * For complaints and claims (through {@link CourierReports}): a repeated report returns the existing
     * case number. A refusal ({@link ApiProblem} 422) comes before anything is written and leaves the
     * caller's transaction usable, so that the reaction can answer with {@link CourierReportRefused}.
     */
    @Override
    @Transactional(noRollbackFor = ApiProblem.class)
    public String register(ViolationReport report) {
        if (report.source() == null || report.type() == null || report.courierNo() == null) {
            throw new IllegalArgumentException("a violation report needs a source, a type and a courier: " + report);
        }
        return register(new NewViolation(report.source(), report.sourceCaseNo(), report.courierNo(), report.type(),
                blankToNull(report.waybillNo()), report.description(), null,
                dedupeKey(report.courierNo(), report.type(), blankToNull(report.waybillNo())),
                "system:" + report.source().name().toLowerCase())).caseNo();
    }

    /**
     * Registers the violation, or returns the existing case of a repeat with {@code duplicate} set.
     *
     * @throws ApiProblem 422 when the courier is unknown or not active, or the waybill is unknown
     */
    @Transactional(noRollbackFor = ApiProblem.class)
    Registration register(NewViolation request) {
        // Registrations of one courier queue on the courier row, so that two reports of the same
        // violation arriving together still make one case.
        Courier courier = entityManager.find(Courier.class, request.courierNo(), LockModeType.PESSIMISTIC_WRITE);
        if (courier == null) {
            throw ApiProblem.unprocessable("courierNo", messages.get("violation.courier.unknown", request.courierNo()));
        }
        if (!courier.isActive()) {
            throw ApiProblem.unprocessable("courierNo",
                    messages.get("violation.courier.not-active", request.courierNo(), courier.getStatus()));
        }
        if (request.waybillNo() != null && shipments.find(request.waybillNo()).isEmpty()) {
            throw ApiProblem.unprocessable("waybillNo", messages.get("violation.waybill.unknown", request.waybillNo()));
        }
        if (request.dedupeKey() != null) {
            Optional<Violation> existing = violations.findByDedupeKey(request.dedupeKey());
            if (existing.isPresent()) {
                return new Registration(existing.get().getCaseNo(), true);
            }
        }
        Instant now = clock.instant();
        Violation violation = new Violation(caseNumbers.next(CaseType.VIOLATION), courier.getEmployeeNo(),
                courier.getStationCode(), request.type(), request.source(), blankToNull(request.sourceCaseNo()),
                request.waybillNo(), blankToNull(request.description()), request.occurredAt(), request.dedupeKey(),
                request.registeredBy(), now);
        violations.saveAndFlush(violation);
        process.start(violation);
        return new Registration(violation.getCaseNo(), false);
    }

    /** The same courier, type and waybill is one violation; without a waybill nothing identifies a repeat. */
    static String dedupeKey(String courierNo, ViolationType type, String waybillNo) {
        return waybillNo == null ? null : courierNo + "|" + type + "|" + waybillNo;
    }

    /** Vehicle alarms repeat every few seconds: one case per courier, type and local hour. */
    String hourlyDedupeKey(String courierNo, ViolationType type, Instant at) {
        return courierNo + "|" + type + "|H" + HOUR.format(at.atZone(zone.zone()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
