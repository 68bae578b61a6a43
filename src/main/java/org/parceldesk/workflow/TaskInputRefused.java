package org.parceldesk.workflow;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A client asked the engine to write a variable that the task does not declare. Engine REST and
 * the webapps answer it as 400 with this message; nothing of the request is written.
 */
public class TaskInputRefused extends BadUserRequestException {

    private final String variable;

    TaskInputRefused(String variable, String message) {
        super(message);
        this.variable = variable;
    }

    /** The variable at fault. */
    public String variable() {
        return variable;
    }
}
