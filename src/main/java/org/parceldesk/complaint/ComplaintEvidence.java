package org.parceldesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo the customer sent with "Add information". Bytes on disk (the claim evidence store); the row keeps a checksum. */
@Entity
@Table(name = "complaint_evidence")
class ComplaintEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "complaint_case_no")
    private String complaintCaseNo;
    @Column(name = "original_name")
    private String originalName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected ComplaintEvidence() {
    }

    ComplaintEvidence(String complaintCaseNo, String originalName, String contentType, long sizeBytes, String sha256,
            String storageKey, Instant uploadedAt) {
        this.complaintCaseNo = complaintCaseNo;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getComplaintCaseNo() {
        return complaintCaseNo;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
