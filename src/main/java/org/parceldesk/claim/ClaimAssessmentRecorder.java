package org.parceldesk.claim;

import org.parceldesk.common.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.common.InputLimits;
import org.parceldesk.common.ResponsibleParty;
import org.springframework.stereotype.Component;

/**
 * On completion of {@code Assess claim}: records the assessment and who made it. The assessor is
 * the one person the four-eyes rule keeps from approving the claim, so an assessment without a
 * known user is refused.
 */
@Component("claimAssessmentRecorder")
class ClaimAssessmentRecorder implements TaskListener {

    private final ClaimSteps steps;
    private final InputLimits limits;

    private final Messages messages;

    ClaimAssessmentRecorder(ClaimSteps steps, InputLimits limits, Messages messages) {
        this.messages = messages;
        this.limits = limits;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        String assessor = EngineValues.actingUser(task);
        if (assessor == null) {
            throw new FourEyesViolationException(messages.get("claim.assessment.no-assessor"));
        }
        ClaimSteps.Assessment assessment = new ClaimSteps.Assessment(
                EngineValues.choice(task, ClaimProcess.LOSS_TYPE, LossType.class),
                EngineValues.choice(task, ClaimProcess.RESPONSIBLE_PARTY, ResponsibleParty.class),
                EngineValues.amount(task, ClaimProcess.ACTUAL_LOSS, limits),
                EngineValues.amount(task, ClaimProcess.FULL_VALUE, limits),
                EngineValues.flag(task, ClaimProcess.WRONG_RECIPIENT_DETAILS),
                EngineValues.text(task, ClaimProcess.ASSESSMENT_NOTE));
        steps.recordAssessment(EngineValues.caseNo(task), assessor, assessment);
    }
}
