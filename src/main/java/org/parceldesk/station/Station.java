package org.parceldesk.station;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A delivery station (网点). Franchise stations carry chargebacks for the claims they cause. */
@Entity
public class Station {

    @Id
    private String code;
    private String name;
    private String city;
    @Column(name = "manager_user_id")
    private String managerUserId;
    @Column(name = "handler_group")
    private String handlerGroup;
    private boolean franchise;
    /** False once deactivated: kept (open and past cases refer to it), never offered new couriers. */
    private boolean active = true;

    protected Station() {
    }

    public Station(String code, String name, String city, String managerUserId, String handlerGroup, boolean franchise) {
        this.code = code;
        update(name, city, managerUserId, handlerGroup, franchise);
    }

    public void update(String name, String city, String managerUserId, String handlerGroup, boolean franchise) {
        this.name = name;
        this.city = city;
        this.managerUserId = managerUserId;
        this.handlerGroup = handlerGroup;
        this.franchise = franchise;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getManagerUserId() {
        return managerUserId;
    }

    public String getHandlerGroup() {
        return handlerGroup;
    }

    public boolean isFranchise() {
        return franchise;
    }

    public boolean isActive() {
        return active;
    }

    /** @return whether this changed anything */
    public boolean deactivate() {
        boolean changed = active;
        active = false;
        return changed;
    }

    /** @return whether this changed anything */
    public boolean reactivate() {
        boolean changed = !active;
        active = true;
        return changed;
    }
}
