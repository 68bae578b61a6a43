package org.parceldesk.claim;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.parceldesk.common.InputLimits;
import org.parceldesk.common.ResponsibleParty;
import org.parceldesk.common.StepRefused;
import org.parceldesk.workflow.CaseKeys;
import org.parceldesk.workflow.EngineTasks;
import org.parceldesk.workflow.TaskInput;
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
        String assessor = EngineTasks.actingUser(task);
        if (assessor == null) {
            throw StepRefused.notAllowed(null, "claim.refused.assessor-unknown");
        }
        TaskInput input = EngineTasks.input(task, ClaimProcess.TASK_FIELDS);
        ClaimSteps.Assessment assessment = new ClaimSteps.Assessment(
                input.requiredChoice(ClaimProcess.LOSS_TYPE, LossType.class),
                input.requiredChoice(ClaimProcess.RESPONSIBLE_PARTY, ResponsibleParty.class),
                input.amount(ClaimProcess.ACTUAL_LOSS, limits),
                input.amount(ClaimProcess.FULL_VALUE, limits),
                input.flag(ClaimProcess.WRONG_RECIPIENT_DETAILS),
                input.text(ClaimProcess.ASSESSMENT_NOTE));
        steps.recordAssessment(CaseKeys.caseNo(task), assessor, assessment);
    }
}
