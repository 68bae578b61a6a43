package org.parceldesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A further customer who complained about the same waybill and category while the complaint was
 * open (共同投诉人). Their words and contact are kept, not dropped; they are told what the first
 * complainant is told about the outcome (see {@link ComplaintMailer}).
 */
@Entity
@Table(name = "complaint_co_complainant")
class CoComplainant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;
    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_phone")
    private String customerPhone;
    @Column(name = "customer_email")
    private String customerEmail;
    private String description;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "received_by")
    private String receivedBy;

    protected CoComplainant() {
    }

    CoComplainant(Complaint complaint, ComplaintChannel channel, CustomerContact customer, String description,
            Instant receivedAt, String receivedBy) {
        this.complaint = complaint;
        this.channel = channel;
        this.customerName = customer.name();
        this.customerPhone = customer.phone();
        this.customerEmail = customer.email();
        this.description = description;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    public Long getId() {
        return id;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getDescription() {
        return description;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }
}
