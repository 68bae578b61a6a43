package org.parceldesk.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.exception.NotValidException;
import org.parceldesk.common.ApiProblem;

/** Refuses a completion the way ParcelDesk's task listeners do, depending on the variable {@code verdict}. */
public class RefusingTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        switch (String.valueOf(task.getVariable("verdict"))) {
            case "invalid" -> throw new NotValidException("须填写调查结论 finding is required");
            case "forbidden" -> throw new ApiProblem(org.springframework.http.HttpStatus.FORBIDDEN, "Four-eyes principle",
                    "核定人不能审批 the assessor may not approve", java.util.List.of());
            case "broken" -> throw new IllegalStateException("a defect, not the client's fault");
            default -> { }
        }
    }
}
