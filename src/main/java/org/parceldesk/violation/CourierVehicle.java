package org.parceldesk.violation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A vehicle plate and the courier who drives it, for alarms that name the plate only. */
@Entity
@Table(name = "courier_vehicle")
public class CourierVehicle {

    @Id
    private String plate;
    @Column(name = "courier_no")
    private String courierNo;

    protected CourierVehicle() {
    }

    CourierVehicle(String plate, String courierNo) {
        this.plate = plate;
        this.courierNo = courierNo;
    }

    void assignTo(String courierNo) {
        this.courierNo = courierNo;
    }

    public String getPlate() {
        return plate;
    }

    public String getCourierNo() {
        return courierNo;
    }
}
