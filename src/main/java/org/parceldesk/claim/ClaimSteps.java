package org.parceldesk.claim;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.common.ResponsibleParty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim's domain side of each process step. Delegates and listeners translate engine data
 * into these calls; nothing here knows Camunda.
 */
@Component("claimSteps")
class ClaimSteps {

    private final ClaimRepository claims;
    private final PayoutCalculator calculator;
    private final ClaimProperties properties;
    private final ClaimNotices notices;
    private final Clock clock;
    private final Messages messages;

    ClaimSteps(ClaimRepository claims, PayoutCalculator calculator, ClaimProperties properties, ClaimNotices notices,
            Clock clock, Messages messages) {
        this.claims = claims;
        this.calculator = calculator;
        this.properties = properties;
        this.notices = notices;
        this.clock = clock;
        this.messages = messages;
    }

    /** Within the claim window: shipped no longer than {@code parceldesk.claim.window} before registration. */
    @Transactional(readOnly = true)
    public boolean withinClaimWindow(String caseNo) {
        Claim claim = claim(caseNo);
        return !claim.getRegisteredAt().isAfter(claim.getShippedAt().plus(properties.window()));
    }

    @Transactional
    public void enter(String caseNo, String status) {
        claim(caseNo).moveTo(ClaimStatus.valueOf(status), now());
    }

    @Transactional
    public void recordAssessment(String caseNo, String assessor, Assessment assessment) {
        claim(caseNo).recordAssessment(assessor, assessment.lossType(), assessment.responsibleParty(),
                assessment.actualLoss(), assessment.fullValue(), assessment.wrongRecipientDetails(), assessment.note(),
                now());
    }

    /** Calculates the payout from the shipment facts and the latest assessment, and stores it with its breakdown. */
    @Transactional
    public Payout calculatePayout(String caseNo) {
        Claim claim = claim(caseNo);
        Payout payout = calculator.calculate(claim.payoutRequest());
        claim.recordPayout(payout, now());
        return payout;
    }

    /**
     * Stores the approval level the payout needs (the decision table's, raised for a full refusal)
     * and returns it: the process routes on what the claim holds, never on a client's value.
     */
    @Transactional
    public ApprovalStep routeApproval(String caseNo, ApprovalStep fromTable) {
        return claim(caseNo).routeApproval(fromTable, now());
    }

    /** An approval task was created: the claim waits at the level it holds. */
    @Transactional
    public void awaitApproval(String caseNo) {
        claim(caseNo).moveTo(ClaimStatus.AWAITING_APPROVAL, now());
    }

    @Transactional
    public void approveAutomatically(String caseNo) {
        claim(caseNo).recordApproval(ApprovalStep.AUTO, ApprovalDecision.APPROVE, Claim.SYSTEM, Set.of(),
                // stored with the claim: in Chinese, whoever's request ran the step
                messages.get(Messages.DEFAULT, "claim.timeline.auto-approved"), now());
    }

    /** Everyone who assessed the claim: the four-eyes rule keeps them from approving it. */
    @Transactional(readOnly = true)
    public Set<String> assessors(String caseNo) {
        return claim(caseNo).assessors();
    }

    /**
     * Records an approver's decision; refuses an assessor (four-eyes) whatever groups they hold,
     * anyone outside the step's group ({@code admin} included), and a second signature by the
     * supervisor who signed the first level.
     */
    @Transactional
    public void recordApproval(String caseNo, ApprovalStep step, ApprovalDecision decision, String approver,
            Set<String> approverGroups, String note) {
        Claim claim = claim(caseNo);
        FourEyes.requireNotAssessor(claim, approver);
        claim.recordApproval(step, decision, approver, approverGroups, note, now());
    }

    /** Offers the approved payout to the customer (e-mail with the breakdown and a link to answer). */
    @Transactional
    public void offer(String caseNo) {
        Claim claim = claim(caseNo);
        claim.offer(now());
        notices.offer(claim);
    }

    /** Reminds the customer of an offer they have not answered (one reminder per offer). */
    @Transactional(readOnly = true)
    public void remindOfOffer(String caseNo) {
        notices.offerReminder(claim(caseNo));
    }

    @Transactional
    public void accept(String caseNo) {
        claim(caseNo).accept(now());
    }

    /** Records a dispute round; returns its number. */
    @Transactional
    public int dispute(String caseNo, ConfirmationChannel channel, String reason, String recordedBy) {
        return claim(caseNo).dispute(channel, reason, recordedBy, now());
    }

    /** More disputes than {@code parceldesk.claim.max-dispute-rounds} go to the claims supervisor. */
    public boolean disputeGoesToSupervisor(int round) {
        return round > properties.maxDisputeRounds();
    }

    /** Ends the claim and tells the customer why. */
    @Transactional
    public void finish(String caseNo, ClaimStatus outcome, String reason) {
        Claim claim = claim(caseNo);
        claim.finish(outcome, reason, now());
        notices.closed(claim);
    }

    /** Tells the customer something about the claim (evidence request, reminder). */
    @Transactional(readOnly = true)
    public void notifyCustomer(String caseNo, String template, String step) {
        notices.send(claim(caseNo), template, step);
    }

    @Transactional(readOnly = true)
    public Claim claim(String caseNo) {
        return claims.findByCaseNo(caseNo).orElseThrow(() -> ApiProblem.missing("claim.not-found", caseNo));
    }

    private Instant now() {
        return clock.instant();
    }

    /** The assessment as a claims handler enters it. */
    public record Assessment(LossType lossType, ResponsibleParty responsibleParty, BigDecimal actualLoss,
            BigDecimal fullValue, boolean wrongRecipientDetails, String note) {
    }
}
