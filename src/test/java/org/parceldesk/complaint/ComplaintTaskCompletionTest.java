package org.parceldesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.parceldesk.testing.ParcelDeskTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dispatcher behind {@code ${complaintTaskCompletion}} has a completion step for every user task
 * of the deployed complaint process, and one only; what each step does is tested through the
 * process (ComplaintProcessTest, ComplaintRegulatorReferralTest, …).
 */
@ParcelDeskTest
class ComplaintTaskCompletionTest {

    @Autowired
    ComplaintTaskCompletion completion;
    @Autowired
    RepositoryService repository;

    @Test
    void everyUserTaskOfTheComplaintProcessHasItsCompletionStep() {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.KEY)
                .latestVersion().singleResult().getId();
        BpmnModelInstance model = repository.getBpmnModelInstance(definition);

        List<UserTask> userTasks = List.copyOf(model.getModelElementsByType(UserTask.class));
        assertThat(userTasks).hasSizeGreaterThanOrEqualTo(11);
        for (UserTask task : userTasks) {
            List<String> completeListeners = task.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaTaskListener.class).list().stream()
                    .filter(listener -> "complete".equals(listener.getCamundaEvent()))
                    .map(CamundaTaskListener::getCamundaDelegateExpression).toList();
            assertThat(completeListeners).as(task.getId()).containsExactly("${complaintTaskCompletion}");
            assertThat(completion.completes(task.getId())).as(task.getId()).isTrue();
        }
        assertThat(completion.completes("Task_Unknown")).isFalse();
    }

    @Test
    void twoStepsForOneTaskAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new ComplaintTaskCompletion(null,
                List.of(new EscalationCompletion(null), new EscalationCompletion(null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Task_");
    }
}
