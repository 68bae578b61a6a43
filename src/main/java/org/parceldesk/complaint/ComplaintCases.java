package org.parceldesk.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.parceldesk.workflow.CaseKeys;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.parceldesk.common.Messages;
import org.parceldesk.common.ZoneProperties;
import org.springframework.stereotype.Component;

/**
 * What the complaint delegates share: finding the case of an execution, who acts, the time, and the
 * texts written with a case.
 */
@Component
class ComplaintCases {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintRepository complaints;
    private final IdentityService identity;
    private final Clock clock;
    private final ZoneProperties zone;
    private final Messages messages;

    ComplaintCases(ComplaintRepository complaints, IdentityService identity, Clock clock, ZoneProperties zone,
            Messages messages) {
        this.complaints = complaints;
        this.identity = identity;
        this.clock = clock;
        this.zone = zone;
        this.messages = messages;
    }

    /**
     * A text stored with a case (timeline details, process notes, form facts, the report to the
     * violation module): always in Chinese, whoever caused it, since a record does not change with its
     * reader (docs/messages.md). Pass dates and ids as strings: MessageFormat would group numbers.
     */
    String recorded(String key, Object... args) {
        return messages.get(Messages.DEFAULT, key, args);
    }

    Complaint of(DelegateExecution execution) {
        return byCaseNo(execution.getProcessBusinessKey());
    }

    Complaint of(VariableScope scope) {
        return byCaseNo(CaseKeys.caseNo(scope));
    }

    Complaint byCaseNo(String caseNo) {
        return complaints.findByCaseNo(caseNo)
                .orElseThrow(() -> new IllegalStateException("No complaint " + caseNo + " for the running process"));
    }

    /** The engine's authenticated user (Tasklist, engine REST), or the fallback when none is set. */
    String actor(String fallback) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : fallback;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Today in the business time zone (a regulator's deadline is a day there). */
    java.time.LocalDate today() {
        return localDate(clock.instant());
    }

    java.time.LocalDate localDate(Instant instant) {
        return instant.atZone(zone.zone()).toLocalDate();
    }

    String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(ZonedDateTime.ofInstant(instant, zone.zone()));
    }

    static Instant instant(Object date) {
        if (date == null) {
            return null;
        }
        if (date instanceof Date d) {
            return d.toInstant().truncatedTo(ChronoUnit.SECONDS);
        }
        if (date instanceof Instant i) {
            return i.truncatedTo(ChronoUnit.SECONDS);
        }
        throw new IllegalArgumentException("Not a date: " + date);
    }
}
