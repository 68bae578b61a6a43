package org.parceldesk.security;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A change of who may work a task (candidates, assignee outside the candidates, owner, delegation)
 * by someone who is not a supervisor of that process. An {@link AuthorizationException}, so that
 * every engine client answers 403 and the engine logs it at DEBUG, not as an error.
 */
public class TaskAccessRefused extends AuthorizationException {

    public TaskAccessRefused(String message) {
        super(message);
    }
}
