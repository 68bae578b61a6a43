package org.parceldesk.claim;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;

/**
 * Shipments of the claim tests: each gets a waybill number of its own, because the database is shared
 * and a waybill takes only one final claim. Stations and couriers are the demo ones (C0005 belongs to
 * the franchise station S002).
 */
final class ClaimFixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    static final String COURIER = "C0005";
    static final String COURIER_STATION = "S002";
    static final String DESTINATION_STATION = "S003";

    private ClaimFixtures() {
    }

    static String newWaybillNo() {
        return "LPT" + SEQUENCE.incrementAndGet();
    }

    /** A DOMESTIC parcel shipped {@code daysAgo} before {@code now}, undelivered (lost), postage as given. */
    static ShipmentSnapshot lostParcel(ShipmentRepository shipments, Instant now, int daysAgo, String postage,
            String declaredValue) {
        Instant shipped = now.minus(Duration.ofDays(daysAgo));
        boolean insured = declaredValue != null;
        ShipmentSnapshot snapshot = new ShipmentSnapshot(newWaybillNo(), ServiceType.DOMESTIC, shipped,
                shipped.plus(Duration.ofDays(3)), null, COURIER, COURIER, "S001", DESTINATION_STATION,
                new BigDecimal(postage), insured, insured ? new BigDecimal(declaredValue) : null,
                insured ? new BigDecimal("5.00") : null, ShipmentStatus.EXCEPTION);
        shipments.save(new Shipment(snapshot));
        return snapshot;
    }

    /** As {@link #lostParcel} with the given pickup and delivery courier (e.g. a SUSPENDED or LEFT one of the demo data). */
    static ShipmentSnapshot lostParcelOf(ShipmentRepository shipments, Instant now, String courierNo, String postage) {
        Instant shipped = now.minus(Duration.ofDays(10));
        ShipmentSnapshot snapshot = new ShipmentSnapshot(newWaybillNo(), ServiceType.DOMESTIC, shipped,
                shipped.plus(Duration.ofDays(3)), null, courierNo, courierNo, "S001", DESTINATION_STATION,
                new BigDecimal(postage), false, null, null, ShipmentStatus.EXCEPTION);
        shipments.save(new Shipment(snapshot));
        return snapshot;
    }

    static NewClaim portalClaim(String waybillNo) {
        return new NewClaim(ClaimOrigin.PORTAL, null, waybillNo,
                new CustomerContact("测试客户", "13800138000", "customer@example.com"), "包裹丢失", LossType.LOSS, null);
    }
}
