package org.parceldesk.courier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A courier (快递员) of a station; {@code userId} links the courier to a ParcelDesk login, when they have one. */
@Entity
public class Courier {

    @Id
    @Column(name = "employee_no")
    private String employeeNo;
    private String name;
    @Column(name = "station_code")
    private String stationCode;
    private String phone;
    @Enumerated(EnumType.STRING)
    private CourierStatus status;
    @Column(name = "user_id")
    private String userId;

    protected Courier() {
    }

    public Courier(String employeeNo, String name, String stationCode, String phone, CourierStatus status, String userId) {
        this.employeeNo = employeeNo;
        update(name, stationCode, phone, status, userId);
    }

    public void update(String name, String stationCode, String phone, CourierStatus status, String userId) {
        this.name = name;
        this.stationCode = stationCode;
        this.phone = phone;
        this.status = status;
        this.userId = userId;
    }

    /**
     * Suspends an active courier (停岗). A courier already suspended or who has left stays as they are.
     *
     * @return whether the status changed
     */
    public boolean suspend() {
        if (status != CourierStatus.ACTIVE) {
            return false;
        }
        status = CourierStatus.SUSPENDED;
        return true;
    }

    public boolean isActive() {
        return status == CourierStatus.ACTIVE;
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public String getName() {
        return name;
    }

    public String getStationCode() {
        return stationCode;
    }

    public String getPhone() {
        return phone;
    }

    public CourierStatus getStatus() {
        return status;
    }

    public String getUserId() {
        return userId;
    }
}
