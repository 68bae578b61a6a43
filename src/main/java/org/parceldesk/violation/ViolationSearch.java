package org.parceldesk.violation;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of {@code GET /api/v1/violations}; what the reader may see is added by {@link ViolationReader}. */
record ViolationSearch(
        String courierNo,
        String stationCode,
        ViolationStatus status,
        ViolationType type,
        ViolationSource source,
        ViolationDecision decision,
        ViolationOutcome outcome,
        String waybillNo,
        Instant registeredFrom,
        Instant registeredTo) {

    Specification<Violation> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (courierNo != null) {
                where.add(cb.equal(root.get("courierNo"), courierNo));
            }
            if (stationCode != null) {
                where.add(cb.equal(root.get("stationCode"), stationCode));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (type != null) {
                where.add(cb.equal(root.get("type"), type));
            }
            if (source != null) {
                where.add(cb.equal(root.get("source"), source));
            }
            if (decision != null) {
                where.add(cb.equal(root.get("decision"), decision));
            }
            if (outcome != null) {
                where.add(cb.equal(root.get("outcome"), outcome));
            }
            if (waybillNo != null) {
                where.add(cb.equal(root.get("waybillNo"), waybillNo));
            }
            if (registeredFrom != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("registeredAt"), registeredFrom));
            }
            if (registeredTo != null) {
                where.add(cb.lessThan(root.get("registeredAt"), registeredTo));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Specification<Violation> openCasesOf(String courierNo) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("courierNo"), courierNo),
                cb.notEqual(root.get("status"), ViolationStatus.CLOSED));
    }
}
