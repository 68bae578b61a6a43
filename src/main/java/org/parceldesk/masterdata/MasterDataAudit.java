package org.parceldesk.masterdata;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of master data (table {@code master_data_audit}): what, which, who, when, why. */
@Entity
@Table(name = "master_data_audit")
class MasterDataAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** STATION, COURIER or SHIPMENT. */
    @Column(name = "entity_type", nullable = false)
    private String entityType;

    /** Station code or courier employee no; {@code *} for a whole import file. */
    @Column(name = "entity_key", nullable = false)
    private String entityKey;

    /** SUSPENDED, REINSTATED, DEACTIVATED, REACTIVATED, IMPORTED. */
    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "detail", nullable = false)
    private String detail;

    protected MasterDataAudit() {
    }

    MasterDataAudit(String entityType, String entityKey, String action, Instant changedAt, String changedBy,
                    String detail) {
        this.entityType = entityType;
        this.entityKey = entityKey;
        this.action = action;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.detail = detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail;
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityKey() {
        return entityKey;
    }

    public String getAction() {
        return action;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getDetail() {
        return detail;
    }
}
