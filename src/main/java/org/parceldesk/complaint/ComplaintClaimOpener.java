package org.parceldesk.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.parceldesk.claim.ClaimFromComplaint;
import org.parceldesk.claim.ClaimIntake;
import org.parceldesk.common.ResponsibleParty;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Compensation needed: opens the linked claim (理赔) and links both ways. The complaint does not
 * wait for the claim. Runs as its own asynchronous step after the investigation's commit; a technical
 * failure retries and then raises an incident, and never undoes the investigation. A direct call, not
 * an event: the claim number belongs in the reply task created right after this step
 * (docs/decisions/0017-events-between-modules.md).
 */
@Component("complaintClaimOpener")
class ComplaintClaimOpener implements JavaDelegate {

    private final ComplaintCases cases;
    private final ObjectProvider<ClaimIntake> claims;

    ComplaintClaimOpener(ComplaintCases cases, ObjectProvider<ClaimIntake> claims) {
        this.cases = cases;
        this.claims = claims;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.of(execution);
        if (complaint.getClaimCaseNo() != null) {
            execution.setVariable(ComplaintProcess.CLAIM_CASE_NO, complaint.getClaimCaseNo());
            return;
        }
        String claimCaseNo = claims.getObject().openFromComplaint(new ClaimFromComplaint(complaint.getCaseNo(),
                complaint.getWaybillNo(), complaint.getCustomerName(), complaint.getCustomerPhone(),
                complaint.getCustomerEmail(), complaint.getDescription(),
                ResponsibleParty.valueOf((String) execution.getVariable(ComplaintProcess.RESPONSIBLE_PARTY))));
        complaint.claimOpened(claimCaseNo);
        execution.setVariable(ComplaintProcess.CLAIM_CASE_NO, claimCaseNo);
        complaint.record(ComplaintEventType.CLAIM_OPENED, cases.now(), ComplaintProcess.SYSTEM, claimCaseNo);
    }
}
