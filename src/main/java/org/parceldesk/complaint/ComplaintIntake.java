package org.parceldesk.complaint;

import org.parceldesk.common.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.CaseNumbers;
import org.parceldesk.common.CaseType;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.shipment.ShipmentDirectory;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files complaints from every channel: validates, recognises duplicates and repeated requests,
 * assigns the case number, snapshots the shipment and starts the process, all in one transaction,
 * so that an error leaves nothing behind.
 *
 * <p>Two guards make concurrent twins safe. With an {@code Idempotency-Key}, the key's row is
 * written first: a twin blocks on the unique index until the first commits, then fails, and is
 * answered from the stored response on the next attempt. Without a key, the open complaint's
 * {@code open_key} (waybill + category, unique) does the same for duplicates.
 */
@Service
public class ComplaintIntake {

    private static final Logger log = LoggerFactory.getLogger(ComplaintIntake.class);
    private static final int ATTEMPTS = 3;
    private static final int MAX_KEY_LENGTH = 100;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");

    private final ComplaintValidator validator;
    private final ShipmentDirectory shipments;
    private final ComplaintRepository complaints;
    private final IdempotentRequestRepository idempotentRequests;
    private final CaseNumbers caseNumbers;
    private final ComplaintPriorityPolicy priorities;
    private final ComplaintWorkflow workflow;
    private final ComplaintMailer mailer;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    private final Messages messages;

    ComplaintIntake(ComplaintValidator validator, ShipmentDirectory shipments, ComplaintRepository complaints,
            IdempotentRequestRepository idempotentRequests, CaseNumbers caseNumbers, ComplaintPriorityPolicy priorities,
            ComplaintWorkflow workflow, ComplaintMailer mailer, ObjectMapper json, Clock clock,
            PlatformTransactionManager transactions,
            Messages messages) {
        this.messages = messages;
        this.mailer = mailer;
        this.validator = validator;
        this.shipments = shipments;
        this.complaints = complaints;
        this.idempotentRequests = idempotentRequests;
        this.caseNumbers = caseNumbers;
        this.priorities = priorities;
        this.workflow = workflow;
        this.json = json;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * @param request        what the caller sent
     * @param idempotencyKey optional; the same key with the same request gets the same answer
     * @param clientId       who is calling (user id, or "portal"); keys are scoped to it
     */
    public IntakeOutcome file(NewComplaint request, String idempotencyKey, String clientId) {
        ValidComplaint valid = validator.validate(request);
        String key = checkKey(idempotencyKey);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return transaction.execute(status -> fileOnce(valid, key, clientId));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException twin) {
                // a concurrent twin (same key, or same open waybill+category) committed first: look again
                log.debug("Intake attempt {} for {} met a concurrent request: {}", attempt, valid.waybillNo(), twin.getMessage());
                last = twin;
            }
        }
        if (key != null) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Conflict", messages.get("complaint.idempotency.in-progress"),
                    List.of(new FieldProblem("Idempotency-Key", messages.get("complaint.idempotency.in-use"))));
        }
        throw last;
    }

    private IntakeOutcome fileOnce(ValidComplaint valid, String key, String clientId) {
        String hash = key == null ? null : valid.hash();
        IdempotentRequest remembered = null;
        if (key != null) {
            Optional<IdempotentRequest> previous = idempotentRequests.findByClientIdAndKey(clientId, key);
            if (previous.isPresent()) {
                return replay(previous.get(), hash);
            }
            remembered = idempotentRequests.saveAndFlush(new IdempotentRequest(clientId, key, hash, now()));
        }
        ShipmentSnapshot shipment = shipments.find(valid.waybillNo())
                .orElseThrow(() -> ApiProblem.unprocessable("waybillNo", messages.get("complaint.waybill.unknown", valid.waybillNo())));
        IntakeOutcome outcome = complaints.findOpen(Complaint.openKey(shipment.waybillNo(), valid.category()))
                .map(open -> duplicate(open, valid, clientId))
                .orElseGet(() -> create(valid, shipment, clientId));
        if (remembered != null) {
            remembered.answered(outcome.created() ? 201 : 200, write(outcome.receipt()), outcome.receipt().caseNo());
        }
        return outcome;
    }

    private IntakeOutcome create(ValidComplaint valid, ShipmentSnapshot shipment, String clientId) {
        Instant receivedAt = now();
        ComplaintPriority priority = priorities.priorityOf(valid.channel(), valid.customer().phone(), receivedAt);
        Complaint complaint = new Complaint(caseNumbers.next(CaseType.COMPLAINT), valid.channel(), valid.category(),
                priority, valid.customer(), valid.description(), shipment, receivedAt, clientId);
        complaint.referredBy(valid.referral());
        complaint.record(ComplaintEventType.RECEIVED, receivedAt, clientId,
                recorded("complaint.timeline.received", valid.channel().name(), valid.category().name(), priority.name())
                        + (valid.referral() == null ? "" : recorded("complaint.timeline.received-referral",
                                valid.referral().reference(), valid.referral().deadline().toString())));
        complaints.saveAndFlush(complaint);
        workflow.start(complaint.getCaseNo(), complaint.getCategory(), complaint.getChannel(), priority);
        return new IntakeOutcome(true, receipt(complaint, null));
    }

    /**
     * The same waybill and category is open already. The same complainant again (their phone is on
     * the case) is a duplicate; anyone else becomes a co-complainant whose name, contact and words
     * are kept and who is acknowledged on their own. A regulator referral about an open complaint
     * makes that complaint a referral (its outcome must then be reported back), unless it is one already.
     */
    private IntakeOutcome duplicate(Complaint open, ValidComplaint valid, String clientId) {
        Instant at = now();
        boolean sameComplainant = open.isComplainantPhone(valid.customer().phone());
        if (sameComplainant) {
            open.record(ComplaintEventType.DUPLICATE_RECEIVED, at, clientId,
                    recorded("complaint.timeline.duplicate", valid.channel().name()));
        } else {
            CoComplainant co = open.addCoComplainant(valid.channel(), valid.customer(), valid.description(), at, clientId);
            complaints.saveAndFlush(open);
            open.record(ComplaintEventType.CO_COMPLAINANT_ADDED, at, clientId, recorded("complaint.timeline.co-complainant-added",
                    String.valueOf(co.getId()), valid.channel().name(), valid.description()));
            mailer.acknowledgeCoComplainant(open, co);
        }
        if (valid.referral() != null) {
            if (open.getRegulatorReference() == null) {
                open.referredBy(valid.referral());
                open.record(ComplaintEventType.RECEIVED, at, clientId, recorded("complaint.timeline.referred",
                        valid.referral().reference(), valid.referral().deadline().toString()));
            } else {
                open.record(ComplaintEventType.DUPLICATE_RECEIVED, at, clientId, recorded("complaint.timeline.referred-again",
                        valid.referral().reference(), open.getRegulatorReference()));
            }
        }
        return new IntakeOutcome(false, receipt(open, open.getCaseNo()));
    }

    /** A timeline detail: stored with the case, so always in Chinese (docs/messages.md). */
    private String recorded(String key, Object... args) {
        return messages.get(Messages.DEFAULT, key, args);
    }

    private static ComplaintReceipt receipt(Complaint complaint, String duplicateOf) {
        return new ComplaintReceipt(complaint.getCaseNo(), complaint.getStatus(), complaint.getReceivedAt(),
                complaint.getPromisedResolutionAt(), duplicateOf);
    }

    private IntakeOutcome replay(IdempotentRequest previous, String hash) {
        if (!previous.getRequestHash().equals(hash)) {
            throw ApiProblem.unprocessable("Idempotency-Key", messages.get("complaint.idempotency.reused"));
        }
        try {
            ComplaintReceipt receipt = json.readValue(previous.getResponseBody(), ComplaintReceipt.class);
            return new IntakeOutcome(previous.getResponseStatus() == 201, receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotent response is unreadable", e);
        }
    }

    private String write(ComplaintReceipt receipt) {
        try {
            return json.writeValueAsString(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the intake response", e);
        }
    }

    private String checkKey(String key) {
        if (key == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiProblem.invalid("Idempotency-Key", messages.get("complaint.idempotency.format", MAX_KEY_LENGTH));
        }
        return key;
    }

    /** Whole seconds: MySQL datetime keeps no fractions, and the answer must equal what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A request that passed validation, normalised (phone as digits, text stripped). */
    record ValidComplaint(String waybillNo, ComplaintChannel channel, ComplaintCategory category,
            CustomerContact customer, String description, RegulatorReferral referral) {

        String hash() {
            String canonical = String.join("\u0000", waybillNo, channel.name(), category.name(), customer.name(),
                    customer.phone(), customer.email() == null ? "" : customer.email(), description)
                    + (referral == null ? "" : String.join("\u0000", "", referral.reference(), referral.deadline().toString(),
                            referral.contact() == null ? "" : referral.contact()));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
