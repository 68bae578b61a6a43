package org.parceldesk.imports;

import org.parceldesk.common.Messages;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.courier.Courier;
import org.parceldesk.masterdata.MasterDataAuditLog;
import org.parceldesk.security.StaffDirectory;
import org.parceldesk.courier.CourierRepository;
import org.parceldesk.courier.CourierStatus;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.common.InputLimits;
import org.parceldesk.shipment.ShipmentStatus;
import org.parceldesk.station.Station;
import org.parceldesk.station.StationRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All-or-nothing CSV import of master data. Every line is checked (format, references to
 * stations and couriers in the database or earlier in the same file, user and group ids that
 * Camunda's identity service knows, duplicate keys) before
 * anything is written; one bad line refuses the whole file with every problem and its line
 * number. Existing keys are updated, new keys inserted: the import is the nightly master-data feed.
 */
@Service
class MasterDataImport {

    static final List<String> STATION_COLUMNS = List.of("code", "name", "city", "managerUserId", "handlerGroup", "franchise");
    static final List<String> COURIER_COLUMNS = List.of("employeeNo", "name", "stationCode", "phone", "status", "userId");
    static final List<String> SHIPMENT_COLUMNS = List.of("waybillNo", "serviceType", "shippedAt", "promisedAt",
            "deliveredAt", "pickupCourierNo", "deliveryCourierNo", "originStationCode", "destinationStationCode",
            "postage", "insured", "declaredValue", "insuranceFee", "status");

    private final StationRepository stations;
    private final CourierRepository couriers;
    private final ShipmentRepository shipments;
    private final StaffDirectory staff;
    private final MasterDataAuditLog audit;
    private final int maxRows;
    private final InputLimits limits;

    MasterDataImport(StationRepository stations, CourierRepository couriers, ShipmentRepository shipments,
            StaffDirectory staff, MasterDataAuditLog audit, @Value("${parceldesk.imports.max-rows:50000}") int maxRows,
            InputLimits limits) {
        this.limits = limits;
        this.stations = stations;
        this.staff = staff;
        this.audit = audit;
        this.couriers = couriers;
        this.shipments = shipments;
        this.maxRows = maxRows;
    }

    @Transactional
    public ImportResult importStations(InputStream csv) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Station> parsed = new LinkedHashMap<>();
        for (CsvLine line : CsvFile.read(csv, Set.copyOf(STATION_COLUMNS), maxRows, problems)) {
            String code = line.required("code", 16);
            String name = line.required("name", 100);
            String city = line.required("city", 50);
            String manager = line.optional("managerUserId");
            String group = line.required("handlerGroup", 64);
            boolean franchise = line.bool("franchise");
            // a station routed to nobody strands its cases: the manager user and the group must exist
            if (manager != null && !staff.userExists(manager)) {
                line.problem("managerUserId", Messages.forReader("imports.unknown-user", manager));
            }
            if (group != null && !staff.groupExists(group)) {
                line.problem("handlerGroup", Messages.forReader("imports.unknown-group", group));
            }
            if (code != null && parsed.containsKey(code)) {
                line.problem("code", Messages.forReader("imports.twice", code));
            } else if (code != null) {
                parsed.put(code, new Station(code, name, city, manager, group, franchise));
            }
        }
        refuseIfAny(problems);
        return audited("STATION", new ImportResult("stations", upsert(parsed, stations::findById, Station::getCode,
                (existing, row) -> existing.update(row.getName(), row.getCity(), row.getManagerUserId(),
                        row.getHandlerGroup(), row.isFranchise()), stations::saveAll)));
    }

    @Transactional
    public ImportResult importCouriers(InputStream csv) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Courier> parsed = new LinkedHashMap<>();
        Set<String> userIds = new HashSet<>();
        for (CsvLine line : CsvFile.read(csv, Set.copyOf(COURIER_COLUMNS), maxRows, problems)) {
            String employeeNo = line.required("employeeNo", 16);
            String name = line.required("name", 50);
            String stationCode = line.required("stationCode", 16);
            String phone = line.required("phone", 20);
            CourierStatus status = line.requiredEnum("status", CourierStatus.class);
            String userId = line.optional("userId");
            if (phone != null && !phone.matches("1\\d{10}")) {
                line.problem("phone", Messages.forReader("imports.phone"));
            }
            if (stationCode != null && !stations.existsById(stationCode)) {
                line.problem("stationCode", Messages.forReader("imports.unknown-station", stationCode));
            } else if (stationCode != null && status != CourierStatus.LEFT
                    && stations.findById(stationCode).filter(Station::isActive).isEmpty()) {
                line.problem("stationCode", Messages.forReader("imports.station-deactivated", stationCode));
            }
            if (userId != null && !staff.userExists(userId)) {
                line.problem("userId", Messages.forReader("imports.unknown-user", userId));
            }
            if (userId != null && !userIds.add(userId)) {
                line.problem("userId", Messages.forReader("imports.user-twice", userId));
            }
            if (userId != null && couriers.findByUserId(userId).filter(c -> !c.getEmployeeNo().equals(employeeNo)).isPresent()) {
                line.problem("userId", Messages.forReader("imports.user-taken", userId));
            }
            if (employeeNo != null && parsed.containsKey(employeeNo)) {
                line.problem("employeeNo", Messages.forReader("imports.twice", employeeNo));
            } else if (employeeNo != null) {
                parsed.put(employeeNo, new Courier(employeeNo, name, stationCode, phone, status, userId));
            }
        }
        refuseIfAny(problems);
        return audited("COURIER", new ImportResult("couriers", upsert(parsed, couriers::findById, Courier::getEmployeeNo,
                (existing, row) -> existing.update(row.getName(), row.getStationCode(), row.getPhone(),
                        row.getStatus(), row.getUserId()), couriers::saveAll)));
    }

    @Transactional
    public ImportResult importShipments(InputStream csv) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, ShipmentSnapshot> parsed = new LinkedHashMap<>();
        for (CsvLine line : CsvFile.read(csv, Set.copyOf(SHIPMENT_COLUMNS), maxRows, problems)) {
            ShipmentSnapshot row = parseShipment(line);
            if (row == null) {
                continue;
            }
            if (parsed.containsKey(row.waybillNo())) {
                line.problem("waybillNo", Messages.forReader("imports.twice", row.waybillNo()));
            } else {
                parsed.put(row.waybillNo(), row);
            }
        }
        refuseIfAny(problems);
        Map<String, Shipment> entities = new LinkedHashMap<>();
        parsed.forEach((waybillNo, row) -> entities.put(waybillNo, new Shipment(row)));
        return audited("SHIPMENT", new ImportResult("shipments", upsert(entities, shipments::findById,
                Shipment::getWaybillNo, (existing, row) -> existing.update(row.toSnapshot()), shipments::saveAll)));
    }

    private ShipmentSnapshot parseShipment(CsvLine line) {
        int before = problemsCount(line);
        String waybillNo = line.required("waybillNo", 32);
        ServiceType serviceType = line.requiredEnum("serviceType", ServiceType.class);
        var shippedAt = line.instant("shippedAt", true);
        var promisedAt = line.instant("promisedAt", true);
        var deliveredAt = line.instant("deliveredAt", false);
        String pickup = courierRef(line, "pickupCourierNo");
        String delivery = courierRef(line, "deliveryCourierNo");
        String origin = stationRef(line, "originStationCode");
        String destination = stationRef(line, "destinationStationCode");
        var postage = line.money("postage", true);
        boolean insured = line.bool("insured");
        var declaredValue = line.money("declaredValue", insured);
        var insuranceFee = line.money("insuranceFee", insured);
        ShipmentStatus status = line.requiredEnum("status", ShipmentStatus.class);
        plausibleMoney(line, "postage", postage);
        plausibleMoney(line, "declaredValue", declaredValue);
        plausibleMoney(line, "insuranceFee", insuranceFee);
        plausibleDate(line, "shippedAt", shippedAt);
        plausibleDate(line, "promisedAt", promisedAt);
        plausibleDate(line, "deliveredAt", deliveredAt);
        if (shippedAt != null && promisedAt != null && promisedAt.isBefore(shippedAt)) {
            line.problem("promisedAt", Messages.forReader("imports.before-shipped"));
        }
        if (shippedAt != null && deliveredAt != null && deliveredAt.isBefore(shippedAt)) {
            line.problem("deliveredAt", Messages.forReader("imports.before-shipped"));
        }
        if (status == ShipmentStatus.DELIVERED && deliveredAt == null) {
            line.problem("deliveredAt", Messages.forReader("imports.delivered-required"));
        }
        if (problemsCount(line) > before) {
            return null;
        }
        return new ShipmentSnapshot(waybillNo, serviceType, shippedAt, promisedAt, deliveredAt, pickup, delivery,
                origin, destination, postage, insured, declaredValue, insuranceFee, status);
    }

    private void plausibleMoney(CsvLine line, String column, java.math.BigDecimal amount) {
        String refusal = amount == null ? null : limits.moneyRefusal(amount);
        if (refusal != null) {
            line.problem(column, refusal);
        }
    }

    private void plausibleDate(CsvLine line, String column, java.time.Instant instant) {
        String refusal = instant == null ? null : limits.dateRefusal(instant);
        if (refusal != null) {
            line.problem(column, refusal);
        }
    }

    private String stationRef(CsvLine line, String column) {
        String code = line.required(column, 16);
        if (code != null && !stations.existsById(code)) {
            line.problem(column, Messages.forReader("imports.unknown-station", code));
        }
        return code;
    }

    private String courierRef(CsvLine line, String column) {
        String employeeNo = line.optional(column);
        if (employeeNo != null && !couriers.existsById(employeeNo)) {
            line.problem(column, Messages.forReader("imports.unknown-courier", employeeNo));
        }
        return employeeNo;
    }

    private static int problemsCount(CsvLine line) {
        return line.problemCount();
    }

    /** One audit row per imported file: who imported how many rows of what. */
    private ImportResult audited(String entityType, ImportResult result) {
        String user = SecurityContextHolder.getContext().getAuthentication() == null ? "system"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        audit.record(entityType, "*", "IMPORTED", user, result.imported() + " " + result.kind() + " imported (inserted or updated)");
        return result;
    }

    private static void refuseIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Import refused",
                    Messages.forReader("imports.refused", problems.size()), problems);
        }
    }

    private static <E> int upsert(Map<String, E> rows, Function<String, java.util.Optional<E>> find,
            Function<E, String> key, java.util.function.BiConsumer<E, E> update,
            Function<List<E>, List<E>> saveAll) {
        List<E> toSave = new ArrayList<>();
        for (E row : rows.values()) {
            E target = find.apply(key.apply(row)).map(existing -> {
                update.accept(existing, row);
                return existing;
            }).orElse(row);
            toSave.add(target);
        }
        saveAll.apply(toSave);
        return toSave.size();
    }
}
