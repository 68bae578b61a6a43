package org.parceldesk.claim;

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

    ClaimAssessmentRecorder(ClaimSteps steps, InputLimits limits) {
        this.limits = limits;
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        String assessor = EngineValues.actingUser(task);
        if (assessor == null) {
            throw new FourEyesViolationException("理赔核定必须由已登录的理赔专员完成 An assessment needs a known assessor");
        }
        ClaimSteps.Assessment assessment = new ClaimSteps.Assessment(
                EngineValues.choice(task, "lossType", LossType.class),
                EngineValues.choice(task, "responsibleParty", ResponsibleParty.class),
                EngineValues.amount(task, "actualLoss", limits),
                EngineValues.amount(task, "fullValue", limits),
                EngineValues.flag(task, "wrongRecipientDetails"),
                EngineValues.text(task, "assessmentNote"));
        steps.recordAssessment(EngineValues.caseNo(task), assessor, assessment);
    }
}
