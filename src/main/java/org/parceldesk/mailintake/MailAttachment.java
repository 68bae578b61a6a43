package org.parceldesk.mailintake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mailed file kept as evidence: of a case, or of an unmatched mail until a handler files it. */
@Entity
@Table(name = "mail_attachment")
class MailAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "message_row")
    private Long messageRow;
    @Column(name = "case_no")
    private String caseNo;
    @Column(name = "unmatched_id")
    private Long unmatchedId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;
    @Column(name = "created_at")
    private Instant createdAt;

    protected MailAttachment() {
    }

    MailAttachment(long messageRow, String fileName, String contentType, long sizeBytes, String sha256,
            String storageKey, Instant createdAt) {
        this.messageRow = messageRow;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.createdAt = createdAt;
    }

    void belongsTo(String caseNo) {
        this.caseNo = caseNo;
        this.unmatchedId = null;
    }

    void waitsIn(long unmatchedId) {
        this.unmatchedId = unmatchedId;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getFileName() {
        return fileName;
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

    String getStorageKey() {
        return storageKey;
    }

    Long getUnmatchedId() {
        return unmatchedId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
