package org.parceldesk.shipment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A shipment as the tracking system knows it at one moment. Cases copy the facts they need from
 * it at intake, so that later tracking updates do not rewrite a case's history.
 */
public record ShipmentSnapshot(
        String waybillNo,
        ServiceType serviceType,
        Instant shippedAt,
        Instant promisedAt,
        Instant deliveredAt,
        String pickupCourierNo,
        String deliveryCourierNo,
        String originStationCode,
        String destinationStationCode,
        BigDecimal postage,
        boolean insured,
        BigDecimal declaredValue,
        BigDecimal insuranceFee,
        ShipmentStatus status) {

    public boolean delivered() {
        return deliveredAt != null;
    }

    /** The station answerable for the last mile: the destination station. */
    public String responsibleStationCode() {
        return destinationStationCode;
    }

    /** The courier answerable for the last mile, or the pickup courier if none delivered it yet. */
    public String responsibleCourierNo() {
        return deliveryCourierNo != null ? deliveryCourierNo : pickupCourierNo;
    }
}
