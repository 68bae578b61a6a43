package org.parceldesk.security;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.parceldesk.workflow.FormContext;

/**
 * Drops the history events of private variables before they reach the history tables: no historic
 * variable instance, no historic detail (variable update or form property) is ever written for them,
 * whichever door set the value (Tasklist's submit-form, engine REST, a listener). Every other event
 * passes to the engine's own handler unchanged. Dropping create, update, delete and migrate events
 * alike matters: an update whose variable has no historic row would otherwise create one.
 *
 * <p>The form context ({@link FormContext}: task-local {@code fact*} variables, among them the full
 * phone number shown to whoever must call the customer) is always private, whatever
 * {@code parceldesk.history} configures: replacing the configured prefixes must not let personal
 * data into history.
 */
class PrivateTextHistoryFilter implements HistoryEventHandler {

    private final HistoryEventHandler delegate;
    private final HistoryPrivacyProperties privacy;

    PrivateTextHistoryFilter(HistoryEventHandler delegate, HistoryPrivacyProperties privacy) {
        this.delegate = delegate;
        this.privacy = privacy;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (!isPrivate(event)) {
            delegate.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        List<HistoryEvent> kept = events.stream().filter(event -> !isPrivate(event)).toList();
        if (!kept.isEmpty()) {
            delegate.handleEvents(kept);
        }
    }

    private boolean isPrivate(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return isPrivate(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity property) {
            return isPrivate(property.getPropertyId());
        }
        return false;
    }

    private boolean isPrivate(String name) {
        return privacy.isPrivate(name) || (name != null && name.startsWith(FormContext.PREFIX));
    }
}
