package org.parceldesk.claim;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.common.CaseNumbers;
import org.parceldesk.common.CaseType;
import org.parceldesk.shipment.ShipmentDirectory;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers claims and starts their process; answers the customer's accept or dispute. The claim
 * row and the process instance are written in one transaction.
 */
@Service
public class ClaimService implements ClaimIntake {

    static final String PROCESS_KEY = "claim-compensation";

    private final ClaimRepository claims;
    private final EvidenceStore evidence;
    private final ShipmentDirectory shipments;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Messages messages;

    ClaimService(ClaimRepository claims, EvidenceStore evidence, ShipmentDirectory shipments, CaseNumbers caseNumbers, RuntimeService runtime,
            TaskService tasks, JdbcTemplate jdbc, Clock clock, Messages messages) {
        this.claims = claims;
        this.evidence = evidence;
        this.shipments = shipments;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Registers a claim and starts {@code claim-compensation}. A waybill that already has an open or
     * paid claim is refused with 409 naming that claim; an unknown waybill with 422.
     */
    @Transactional
    public Claim register(NewClaim request) {
        ShipmentSnapshot shipment = shipments.find(request.waybillNo())
                .orElseThrow(() -> ApiProblem.unprocessable("waybillNo", messages.get("claim.waybill.unknown", request.waybillNo())));
        claims.findByActiveWaybillNo(shipment.waybillNo()).ifPresent(existing -> {
            throw duplicate(shipment.waybillNo(), existing.getCaseNo());
        });
        String caseNo = caseNumbers.next(CaseType.CLAIM);
        Claim claim = new Claim(caseNo, request.origin(), request.complaintCaseNo(), request.customer(),
                request.description(), request.reportedLossType(), request.claimedAmount(), shipment, clock.instant());
        try {
            claims.saveAndFlush(claim);
        } catch (DataIntegrityViolationException race) {
            // another node registered a claim on the same waybill a moment ago: the unique key decided
            throw duplicate(shipment.waybillNo(), activeCaseNo(shipment.waybillNo()).orElse(null));
        }
        VariableMap variables = Variables.createVariables().putValue(ClaimProcess.CASE_NO, caseNo)
                .putValue(ClaimProcess.CLAIM_ORIGIN, request.origin().name());
        if (request.reportedLossType() != null) {
            // a column of the Tasklist filters (tasklist.TasklistFilters); the assessment decides the loss type
            variables.putValue(ClaimProcess.REPORTED_LOSS_TYPE, request.reportedLossType().name());
        }
        runtime.startProcessInstanceByKey(PROCESS_KEY, caseNo, variables);
        return claim;
    }

    /** A claim from the portal with its first evidence files: one transaction, so a refused file files nothing. */
    @Transactional
    public Claim registerWithEvidence(NewClaim request, List<EvidenceStore.Upload> files) {
        evidence.check(files);
        Claim claim = register(request);
        evidence.store(claim.getCaseNo(), files);
        return claim;
    }

    /** For a complaint: a waybill that already has its final claim gets that claim's number back. */
    @Override
    @Transactional
    public String openFromComplaint(ClaimFromComplaint request) {
        Optional<Claim> existing = claims.findByActiveWaybillNo(request.waybillNo());
        if (existing.isPresent()) {
            return existing.get().getCaseNo();
        }
        String name = request.customerName() == null || request.customerName().isBlank() ? "—" : request.customerName();
        return register(new NewClaim(ClaimOrigin.COMPLAINT, request.complaintCaseNo(), request.waybillNo(),
                new CustomerContact(name, request.customerPhone(), request.customerEmail()), request.description(),
                null, null)).getCaseNo();
    }

    /** The customer's view of the claim (the portal's claim page). */
    @Transactional(readOnly = true)
    public ClaimCustomerView customerView(String caseNo) {
        return ClaimCustomerView.of(get(caseNo), evidence.list(caseNo));
    }

    @Transactional(readOnly = true)
    public Claim get(String caseNo) {
        return claims.findByCaseNo(caseNo).orElseThrow(() -> ApiProblem.missing("claim.not-found", caseNo));
    }

    /** The customer (in the portal) or a handler (by phone) accepts the offer. */
    @Transactional
    public void accept(String caseNo, ConfirmationChannel channel) {
        completeConfirmation(caseNo, Map.of(
                ClaimProcess.CUSTOMER_DECISION, CustomerDecision.ACCEPT.name(),
                ClaimProcess.CONFIRMATION_CHANNEL, channel.name()));
    }

    /** The customer disputes the offer; the reason goes to the claim, never into a stored process variable. */
    @Transactional
    public void dispute(String caseNo, ConfirmationChannel channel, String reason) {
        completeConfirmation(caseNo, Variables.createVariables()
                .putValue(ClaimProcess.CUSTOMER_DECISION, CustomerDecision.DISPUTE.name())
                .putValue(ClaimProcess.CONFIRMATION_CHANNEL, channel.name())
                .putValueTyped(ClaimProcess.DISPUTE_REASON, Variables.stringValue(reason, true)));
    }

    /** Whether the claim's offer is waiting for the customer's answer. */
    @Transactional(readOnly = true)
    public boolean awaitsAnswer(String caseNo) {
        return confirmationTask(caseNo).isPresent();
    }

    private void completeConfirmation(String caseNo, Map<String, Object> variables) {
        Task task = confirmationTask(caseNo).orElseThrow(() -> ApiProblem.conflict("caseNo",
                messages.get("claim.no-offer-waiting", caseNo)));
        tasks.complete(task.getId(), variables);
    }

    private Optional<Task> confirmationTask(String caseNo) {
        List<Task> found = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(ClaimProcess.TASK_CUSTOMER_CONFIRMATION).active().list();
        return found.stream().findFirst();
    }

    private Optional<String> activeCaseNo(String waybillNo) {
        return jdbc.queryForList("select case_no from claim where active_waybill_no = ?", String.class, waybillNo)
                .stream().findFirst();
    }

    private ApiProblem duplicate(String waybillNo, String existingCaseNo) {
        return ApiProblem.conflict("waybillNo", messages.get("claim.waybill.has-claim", waybillNo, existingCaseNo))
                .with("existingCaseNo", existingCaseNo);
    }
}
