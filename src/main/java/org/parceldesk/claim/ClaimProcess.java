package org.parceldesk.claim;

import java.util.Map;
import java.util.Set;
import org.parceldesk.workflow.DeclaredTaskFields;

/**
 * Names shared by processes/claim-compensation.bpmn, its forms and the Java code: change them
 * together. The task fields are all a client may send with a task; everything else in the process
 * (approval level, payout, routing flags) is written by the process from the claim.
 */
final class ClaimProcess {

    static final String KEY = "claim-compensation";

    static final String TASK_COLLECT_EVIDENCE = "Task_CollectEvidence";
    static final String TASK_ASSESS_CLAIM = "Task_AssessClaim";
    static final String TASK_APPROVE_PAYOUT = "Task_ApprovePayout";
    static final String TASK_APPROVE_PAYOUT_MANAGER = "Task_ApprovePayoutManager";
    static final String TASK_CUSTOMER_CONFIRMATION = "Task_CustomerConfirmation";
    static final String TASK_REVIEW_DISPUTE = "Task_ReviewDispute";
    static final String TASK_INSURANCE_RECOVERY = "Task_InsuranceRecovery";

    /** Written from the decision table's result; the gateways route on it. */
    static final String APPROVAL_LEVEL = "approvalLevel";
    static final String DMN_APPROVAL_LEVEL = "dmnApprovalLevel";

    // what a client may send with a task (TASK_FIELDS below)
    static final String EVIDENCE_COMPLETE = "evidenceComplete";
    static final String EVIDENCE_NOTE = "evidenceNote";
    static final String LOSS_TYPE = "lossType";
    static final String RESPONSIBLE_PARTY = "responsibleParty";
    static final String ACTUAL_LOSS = "actualLoss";
    static final String FULL_VALUE = "fullValue";
    static final String WRONG_RECIPIENT_DETAILS = "wrongRecipientDetails";
    static final String ASSESSMENT_NOTE = "assessmentNote";
    static final String SUPERVISOR_DECISION = "supervisorDecision";
    static final String SUPERVISOR_NOTE = "supervisorNote";
    static final String MANAGER_DECISION = "managerDecision";
    static final String MANAGER_NOTE = "managerNote";
    static final String CUSTOMER_DECISION = "customerDecision";
    static final String DISPUTE_REASON = "disputeReason";
    static final String DISPUTE_RESOLUTION = "disputeResolution";
    static final String DISPUTE_RESOLUTION_NOTE = "disputeResolutionNote";
    static final String RECOVERY_COUNTERPARTY = "recoveryCounterparty";
    static final String RECOVERED_AMOUNT = "recoveredAmount";
    static final String RECOVERY_REFERENCE = "recoveryReference";
    static final String RECOVERY_NOTE = "recoveryNote";

    // set when the process starts (ClaimService.register)
    static final String CASE_NO = "caseNo";
    static final String CLAIM_ORIGIN = "claimOrigin";
    static final String REPORTED_LOSS_TYPE = "reportedLossType";

    // written by the process's own steps, never by a client
    static final String CONFIRMATION_CHANNEL = "confirmationChannel";
    static final String OUTCOME = "outcome";
    static final String PAID = "paid";
    static final String CLAIM_OUTCOME = "claimOutcome";
    static final String TEMPLATE = "template";
    static final String PAYOUT = "payout";
    static final String PAYOUT_AMOUNT = "payoutAmount";
    static final String PAYOUT_RULE_CODE = "payoutRuleCode";
    static final String PAYOUT_BREAKDOWN = "payoutBreakdown";
    static final String INSURANCE_RECOVERY = "insuranceRecovery";
    static final String CLAIM_WINDOW_OPEN = "claimWindowOpen";
    static final String DISPUTE_ROUND = "disputeRound";
    static final String DISPUTE_TO_SUPERVISOR = "disputeToSupervisor";
    /** Set when the offer expired unanswered; the supervisor's review then closes it as such. */
    static final String OFFER_UNANSWERED = "offerUnanswered";

    // close reasons (Claim.closeReason) besides the outcome's own name
    static final String CLOSED_PAID = "PAID";
    static final String CLOSED_NO_PAYOUT = "NO_PAYOUT";
    static final String CLOSED_OFFER_UNANSWERED = "OFFER_UNANSWERED";

    static final DeclaredTaskFields TASK_FIELDS = new DeclaredTaskFields(KEY, Map.of(
            TASK_COLLECT_EVIDENCE, Set.of(EVIDENCE_COMPLETE, EVIDENCE_NOTE),
            TASK_ASSESS_CLAIM, Set.of(LOSS_TYPE, RESPONSIBLE_PARTY, ACTUAL_LOSS, FULL_VALUE, WRONG_RECIPIENT_DETAILS,
                    ASSESSMENT_NOTE),
            TASK_APPROVE_PAYOUT, Set.of(SUPERVISOR_DECISION, SUPERVISOR_NOTE),
            TASK_APPROVE_PAYOUT_MANAGER, Set.of(MANAGER_DECISION, MANAGER_NOTE),
            TASK_CUSTOMER_CONFIRMATION, Set.of(CUSTOMER_DECISION, DISPUTE_REASON),
            TASK_REVIEW_DISPUTE, Set.of(DISPUTE_RESOLUTION, DISPUTE_RESOLUTION_NOTE),
            TASK_INSURANCE_RECOVERY, Set.of(RECOVERY_COUNTERPARTY, RECOVERED_AMOUNT, RECOVERY_REFERENCE, RECOVERY_NOTE)));

    private ClaimProcess() {
    }
}
