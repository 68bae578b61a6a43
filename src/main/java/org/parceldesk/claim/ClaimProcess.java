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

    static final DeclaredTaskFields TASK_FIELDS = new DeclaredTaskFields(KEY, Map.of(
            TASK_COLLECT_EVIDENCE, Set.of("evidenceComplete", "evidenceNote"),
            TASK_ASSESS_CLAIM, Set.of("lossType", "responsibleParty", "actualLoss", "fullValue", "wrongRecipientDetails",
                    "assessmentNote"),
            TASK_APPROVE_PAYOUT, Set.of("supervisorDecision", "supervisorNote"),
            TASK_APPROVE_PAYOUT_MANAGER, Set.of("managerDecision", "managerNote"),
            TASK_CUSTOMER_CONFIRMATION, Set.of("customerDecision", "disputeReason"),
            TASK_REVIEW_DISPUTE, Set.of("disputeResolution", "disputeResolutionNote"),
            TASK_INSURANCE_RECOVERY, Set.of("recoveryCounterparty", "recoveredAmount", "recoveryReference", "recoveryNote")));

    private ClaimProcess() {
    }
}
