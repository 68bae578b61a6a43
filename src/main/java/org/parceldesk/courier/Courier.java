package org.parceldesk.courier;

import java.time.LocalDate;

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
    /** Last day of a time-limited suspension (inclusive, business zone); null when not suspended or open-ended. */
    @Column(name = "suspended_until")
    private LocalDate suspendedUntil;

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
        suspendedUntil = null; // until a review reinstates the courier
        return true;
    }

    /**
     * Suspends the courier up to and including {@code until} (停岗 for a period); a suspended courier's
     * period is replaced. A courier who has left cannot be suspended.
     *
     * @throws IllegalStateException if the courier has left
     */
    public void suspendUntil(LocalDate until) {
        if (status == CourierStatus.LEFT) {
            throw new IllegalStateException("courier " + employeeNo + " has left");
        }
        status = CourierStatus.SUSPENDED;
        suspendedUntil = until;
    }

    /**
     * Ends a suspension (复岗).
     *
     * @throws IllegalStateException if the courier is not suspended
     */
    public void reinstate() {
        if (status != CourierStatus.SUSPENDED) {
            throw new IllegalStateException("courier " + employeeNo + " is " + status + ", not SUSPENDED");
        }
        status = CourierStatus.ACTIVE;
        suspendedUntil = null;
    }

    /** Deactivates the courier (离职): kept for open and past cases, never offered new work. */
    public void leave() {
        status = CourierStatus.LEFT;
        suspendedUntil = null;
    }

    public boolean isActive() {
        return status == CourierStatus.ACTIVE;
    }

    public LocalDate getSuspendedUntil() {
        return suspendedUntil;
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
