package org.parceldesk.masterdata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.common.ZoneProperties;
import org.parceldesk.courier.Courier;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Couriers suspended for a period and reinstated, couriers and stations deactivated. Nothing is ever
 * deleted: open cases keep the station and courier they were registered against (their snapshot),
 * and tasks keep reaching the station's manager. Every change is one audit row, in its transaction.
 */
@Service
class MasterDataLifecycle {

    static final String COURIER = "COURIER";
    static final String STATION = "STATION";
    static final String SYSTEM = "system";
    private static final int MAX_REASON = 500;
    private static final Logger log = LoggerFactory.getLogger(MasterDataLifecycle.class);

    private final CourierRepository couriers;
    private final StationRepository stations;
    private final MasterDataAuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Messages messages;

    MasterDataLifecycle(CourierRepository couriers, StationRepository stations, MasterDataAuditLog audit, Clock clock,
                        ZoneProperties zone, Messages messages) {
        this.messages = messages;
        this.couriers = couriers;
        this.stations = stations;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone.zone();
    }

    /** Suspends a courier up to and including {@code until} (a date in the business zone, today or later). */
    @Transactional
    public Courier suspendCourier(String employeeNo, LocalDate until, String reason, String user) {
        Courier courier = courier(employeeNo);
        String why = reason(reason);
        if (until == null) {
            throw ApiProblem.invalid("until", messages.get("masterdata.until-required"));
        }
        if (until.isBefore(today())) {
            throw ApiProblem.unprocessable("until",
                    messages.get("masterdata.until-past", until.toString(), today().toString()));
        }
        if (courier.getStatus() == CourierStatus.LEFT) {
            throw ApiProblem.conflict("status", messages.get("masterdata.courier.left-not-suspendable", employeeNo));
        }
        courier.suspendUntil(until);
        audit.record(COURIER, employeeNo, "SUSPENDED", user, "until " + until + ": " + why);
        return courier;
    }

    @Transactional
    public Courier reinstateCourier(String employeeNo, String reason, String user) {
        Courier courier = courier(employeeNo);
        String why = reason(reason);
        if (courier.getStatus() != CourierStatus.SUSPENDED) {
            throw ApiProblem.conflict("status",
                    messages.get("masterdata.courier.not-suspended", employeeNo, courier.getStatus().name()));
        }
        courier.reinstate();
        audit.record(COURIER, employeeNo, "REINSTATED", user, why);
        return courier;
    }

    @Transactional
    public Courier deactivateCourier(String employeeNo, String reason, String user) {
        Courier courier = courier(employeeNo);
        String why = reason(reason);
        if (courier.getStatus() == CourierStatus.LEFT) {
            throw ApiProblem.conflict("status", messages.get("masterdata.courier.left-already", employeeNo));
        }
        courier.leave();
        audit.record(COURIER, employeeNo, "DEACTIVATED", user, why);
        return courier;
    }

    /**
     * Deactivates a station. Refused while it still has active or suspended couriers (move or deactivate
     * them first), so that no working courier belongs to a station that takes no new work.
     */
    @Transactional
    public Station deactivateStation(String code, String reason, String user) {
        Station station = station(code);
        String why = reason(reason);
        if (!station.isActive()) {
            throw ApiProblem.conflict("active", messages.get("masterdata.station.deactivated-already", code));
        }
        List<String> working = new ArrayList<>();
        for (CourierStatus status : List.of(CourierStatus.ACTIVE, CourierStatus.SUSPENDED)) {
            couriers.findByStationCodeAndStatus(code, status).forEach(c -> working.add(c.getEmployeeNo()));
        }
        if (!working.isEmpty()) {
            throw ApiProblem.conflict("couriers",
                    messages.get("masterdata.station.has-couriers", code, working.toString()));
        }
        station.deactivate();
        audit.record(STATION, code, "DEACTIVATED", user, why);
        return station;
    }

    @Transactional
    public Station reactivateStation(String code, String reason, String user) {
        Station station = station(code);
        String why = reason(reason);
        if (!station.reactivate()) {
            throw ApiProblem.conflict("active", messages.get("masterdata.station.active", code));
        }
        audit.record(STATION, code, "REACTIVATED", user, why);
        return station;
    }

    /**
     * Reinstates every courier whose suspension ended before today. Safe on every node at once: each
     * courier is reinstated (and audited) by the one conditional update that finds it still suspended.
     *
     * @return the couriers reinstated by this call
     */
    @Transactional
    public List<String> reinstateExpiredSuspensions() {
        LocalDate today = today();
        List<String> reinstated = new ArrayList<>();
        for (Courier courier : couriers.findByStatusAndSuspendedUntilBefore(CourierStatus.SUSPENDED, today)) {
            if (couriers.reinstateIfExpired(courier.getEmployeeNo(), today, CourierStatus.ACTIVE,
                    CourierStatus.SUSPENDED) == 1) {
                audit.record(COURIER, courier.getEmployeeNo(), "REINSTATED", SYSTEM,
                        "suspension until " + courier.getSuspendedUntil() + " ended");
                reinstated.add(courier.getEmployeeNo());
            }
        }
        if (!reinstated.isEmpty()) {
            log.info("Suspensions ended, couriers reinstated: {}", reinstated);
        }
        return reinstated;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private Courier courier(String employeeNo) {
        return couriers.findById(employeeNo)
                .orElseThrow(() -> notFound(messages.get("masterdata.courier.not-found", employeeNo)));
    }

    private Station station(String code) {
        return stations.findById(code).orElseThrow(() -> notFound(messages.get("masterdata.station.not-found", code)));
    }

    private static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
    }

    private String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ApiProblem.invalid("reason", messages.get("masterdata.reason-required"));
        }
        if (reason.strip().length() > MAX_REASON) {
            throw ApiProblem.invalid("reason", messages.get("masterdata.reason-too-long", MAX_REASON));
        }
        return reason.strip();
    }
}
