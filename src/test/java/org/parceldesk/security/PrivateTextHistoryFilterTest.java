package org.parceldesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/** Which history events the filter lets through to the engine's handler. */
class PrivateTextHistoryFilterTest {

    private final List<HistoryEvent> written = new ArrayList<>();
    private final HistoryEventHandler engine = new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
            written.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            written.addAll(events);
        }
    };

    @Test
    void formContextIsDroppedEvenWhenTheConfigurationReplacesThePrefixes() {
        // an operator who lists their own prefixes replaces the default "fact": the form context must stay out
        PrivateTextHistoryFilter filter = new PrivateTextHistoryFilter(engine,
                new HistoryPrivacyProperties(List.of("contactNote"), List.of("note")));
        HistoryEvent phone = variable("factCallPhone");
        HistoryEvent note = variable("contactNote");
        HistoryEvent prefixed = variable("noteOfTheDay");
        HistoryEvent submitted = formProperty("factDescription");
        HistoryEvent routing = variable("investigationOutcome");
        HistoryEvent task = new HistoricTaskInstanceEventEntity();

        filter.handleEvents(List.of(phone, note, prefixed, submitted, routing, task));
        filter.handleEvent(variable("factEvidence"));
        filter.handleEvent(variable("caseNo"));

        assertThat(written).hasSize(3).startsWith(routing, task);
        assertThat(written).extracting(event -> event instanceof HistoricVariableUpdateEventEntity v ? v.getVariableName()
                : event.getClass().getSimpleName())
                .containsExactly("investigationOutcome", "HistoricTaskInstanceEventEntity", "caseNo");
    }

    @Test
    void nothingIsHandedOnWhenEveryEventIsPrivate() {
        PrivateTextHistoryFilter filter = new PrivateTextHistoryFilter(engine, new HistoryPrivacyProperties(null, null));
        filter.handleEvents(List.of(variable("factCallPhone"), formProperty("factStatement")));
        assertThat(written).isEmpty();
    }

    private static HistoryEvent variable(String name) {
        HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
        event.setVariableName(name);
        return event;
    }

    private static HistoryEvent formProperty(String name) {
        HistoricFormPropertyEventEntity event = new HistoricFormPropertyEventEntity();
        event.setPropertyId(name);
        return event;
    }
}
