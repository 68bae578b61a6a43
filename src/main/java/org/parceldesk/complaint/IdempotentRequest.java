package org.parceldesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An intake request made with an {@code Idempotency-Key}: the hash of what was asked and the
 * answer given. A unique index on (client, key) makes a concurrent twin wait for the first and
 * then fail, so that it is answered from this row instead of opening a second case.
 */
@Entity
@Table(name = "complaint_idempotency")
class IdempotentRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "idem_key")
    private String key;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "response_status")
    private Integer responseStatus;
    @Column(name = "response_body")
    private String responseBody;
    @Column(name = "case_no")
    private String caseNo;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    IdempotentRequest(String clientId, String key, String requestHash, Instant createdAt) {
        this.clientId = clientId;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    void answered(int status, String body, String caseNo) {
        this.responseStatus = status;
        this.responseBody = body;
        this.caseNo = caseNo;
    }

    String getRequestHash() {
        return requestHash;
    }

    Integer getResponseStatus() {
        return responseStatus;
    }

    String getResponseBody() {
        return responseBody;
    }

    String getCaseNo() {
        return caseNo;
    }
}
