package org.parceldesk.shipment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** The product's own copy of a waybill (运单), filled by demo data or the CSV import. */
@Entity
public class Shipment {

    @Id
    @Column(name = "waybill_no")
    private String waybillNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type")
    private ServiceType serviceType;
    @Column(name = "shipped_at")
    private Instant shippedAt;
    @Column(name = "promised_at")
    private Instant promisedAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "pickup_courier_no")
    private String pickupCourierNo;
    @Column(name = "delivery_courier_no")
    private String deliveryCourierNo;
    @Column(name = "origin_station_code")
    private String originStationCode;
    @Column(name = "destination_station_code")
    private String destinationStationCode;
    private BigDecimal postage;
    private boolean insured;
    @Column(name = "declared_value")
    private BigDecimal declaredValue;
    @Column(name = "insurance_fee")
    private BigDecimal insuranceFee;
    @Enumerated(EnumType.STRING)
    private ShipmentStatus status;

    protected Shipment() {
    }

    public Shipment(ShipmentSnapshot snapshot) {
        this.waybillNo = snapshot.waybillNo();
        update(snapshot);
    }

    public void update(ShipmentSnapshot s) {
        this.serviceType = s.serviceType();
        this.shippedAt = s.shippedAt();
        this.promisedAt = s.promisedAt();
        this.deliveredAt = s.deliveredAt();
        this.pickupCourierNo = s.pickupCourierNo();
        this.deliveryCourierNo = s.deliveryCourierNo();
        this.originStationCode = s.originStationCode();
        this.destinationStationCode = s.destinationStationCode();
        this.postage = s.postage();
        this.insured = s.insured();
        this.declaredValue = s.declaredValue();
        this.insuranceFee = s.insuranceFee();
        this.status = s.status();
    }

    public ShipmentSnapshot toSnapshot() {
        return new ShipmentSnapshot(waybillNo, serviceType, shippedAt, promisedAt, deliveredAt, pickupCourierNo,
                deliveryCourierNo, originStationCode, destinationStationCode, postage, insured, declaredValue,
                insuranceFee, status);
    }

    public String getWaybillNo() {
        return waybillNo;
    }
}
