package org.parceldesk.complaint;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The engine side of the complaint services: they never touch Camunda types themselves. Called
 * without a Camunda authentication (the API's user is checked by Spring Security), so the engine
 * applies no authorization checks here.
 */
@Component
class ComplaintWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    ComplaintWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the case's process; variables carry no personal data. */
    void start(String caseNo, ComplaintCategory category, ComplaintChannel channel, ComplaintPriority priority) {
        runtime.startProcessInstanceByKey(ComplaintProcess.KEY, caseNo, Variables.createVariables()
                .putValue(ComplaintProcess.CASE_NO, caseNo)
                .putValue(ComplaintProcess.CATEGORY, category.name())
                .putValue(ComplaintProcess.CHANNEL, channel.name())
                .putValue(ComplaintProcess.PRIORITY, priority.name()));
    }

    /** True while the case waits for its satisfaction callback. */
    boolean awaitsSurvey(String caseNo) {
        return surveyTask(caseNo).isPresent();
    }

    /** Completes the satisfaction callback with the customer's rating; false if the survey is no longer open. */
    boolean answerSurvey(String caseNo, int satisfaction) {
        Optional<Task> task = surveyTask(caseNo);
        if (task.isEmpty()) {
            return false;
        }
        tasks.complete(task.get().getId(), Map.of(
                ComplaintProcess.SATISFACTION, satisfaction,
                ComplaintProcess.SATISFACTION_SOURCE, "PORTAL"));
        return true;
    }

    /** The due date of the open "Await customer information" step, if the case waits for the customer. */
    Optional<java.util.Date> awaitingCustomerInfoUntil(String caseNo) {
        return customerInfoTask(caseNo).map(Task::getDueDate);
    }

    /**
     * Completes "Await customer information" as the handler's form does, marked as answered in the
     * portal: the process resumes the clocks and goes back to Investigate. False if the case no
     * longer waits.
     */
    boolean customerInfoReceivedInPortal(String caseNo, String note) {
        Optional<Task> task = customerInfoTask(caseNo);
        if (task.isEmpty()) {
            return false;
        }
        tasks.complete(task.get().getId(), Map.of(
                ComplaintProcess.CUSTOMER_INFO_NOTE, note,
                ComplaintProcess.CUSTOMER_INFO_SOURCE, ComplaintProcess.SOURCE_PORTAL));
        return true;
    }

    /**
     * A violation case linked after the complaint's step committed: the process variable names it, as it
     * did when the step registered it itself, and open tasks' "linked cases" fact shows it.
     */
    void violationLinked(String caseNo, String violationCaseNo, String linkedCases) {
        runtime.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY).processInstanceBusinessKey(caseNo)
                .active().list().forEach(instance ->
                        runtime.setVariable(instance.getId(), ComplaintProcess.VIOLATION_CASE_NO, violationCaseNo));
        tasks.createTaskQuery().processDefinitionKey(ComplaintProcess.KEY).processInstanceBusinessKey(caseNo).active()
                .list().forEach(task -> {
                    if (tasks.getVariableLocal(task.getId(), ComplaintProcess.FACT_LINKED_CASES) != null) {
                        tasks.setVariableLocal(task.getId(), ComplaintProcess.FACT_LINKED_CASES, linkedCases);
                    }
                });
    }

    private Optional<Task> customerInfoTask(String caseNo) {
        return tasks.createTaskQuery().processDefinitionKey(ComplaintProcess.KEY).processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(ComplaintProcess.TASK_AWAIT_CUSTOMER_INFO).active().list().stream().findFirst();
    }

    private Optional<Task> surveyTask(String caseNo) {
        return tasks.createTaskQuery().processDefinitionKey(ComplaintProcess.KEY).processInstanceBusinessKey(caseNo)
                .taskDefinitionKey(ComplaintProcess.TASK_SATISFACTION_CALLBACK).active().list().stream().findFirst();
    }
}
