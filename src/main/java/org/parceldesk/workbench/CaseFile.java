package org.parceldesk.workbench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.parceldesk.claim.ClaimReading;
import org.parceldesk.claim.ClaimView;
import org.parceldesk.complaint.ComplaintQueries;
import org.parceldesk.complaint.ComplaintViews;
import org.parceldesk.notification.NotificationDeliveries;
import org.parceldesk.sla.SlaClock;
import org.parceldesk.sla.SlaClockService;
import org.parceldesk.violation.ViolationCaseReading;
import org.parceldesk.violation.ViolationView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Everything the case page shows, read through each case module's own queries (the ones its API
 * answers with, personal data masked by the same rules), plus the SLA clocks, the messages the
 * outbox sent for the case, and where the process stands.
 */
@Service
class CaseFile {

    record Fact(String label, String value) {
    }

    record Entry(Instant at, String actor, String kind, String detail) {
    }

    record SlaState(String name, Instant dueAt, Instant warningAt, boolean paused, Duration pausedTotal,
            boolean stopped, String remaining, String state) {
    }

    record View(String caseNo, CaseProcess process, String typeLabel, String status, String station, List<Fact> facts,
            List<SlaState> clocks, List<Entry> timeline, List<String> linkedCases,
            List<NotificationDeliveries.Delivery> notifications, ClaimView claim, String processDefinitionId,
            boolean running, List<WorkTask> openTasks) {
    }

    private final ComplaintQueries complaints;
    private final ClaimReading claims;
    private final ViolationCaseReading violations;
    private final CaseAccess access;
    private final SlaClockService slaClocks;
    private final NotificationDeliveries deliveries;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final WorkbenchTasks tasks;
    private final WorkbenchLabels labels;
    private final Clock clock;
    private final WorkbenchFormat format;

    CaseFile(ComplaintQueries complaints, ClaimReading claims, ViolationCaseReading violations, CaseAccess access,
            SlaClockService slaClocks, NotificationDeliveries deliveries, RuntimeService runtime,
            HistoryService history, WorkbenchTasks tasks, WorkbenchLabels labels, Clock clock, WorkbenchFormat format) {
        this.complaints = complaints;
        this.claims = claims;
        this.violations = violations;
        this.access = access;
        this.slaClocks = slaClocks;
        this.deliveries = deliveries;
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.labels = labels;
        this.clock = clock;
        this.format = format;
    }

    /** The case, or empty when it does not exist or the user may not open it (the caller tells which). */
    Optional<View> open(String caseNo, Authentication user, Viewer viewer, WorkbenchTexts.Texts t) {
        Optional<CaseProcess> process = CaseProcess.ofCaseNo(caseNo);
        if (process.isEmpty() || !access.canRead(caseNo, user)) {
            return Optional.empty();
        }
        boolean english = t.isEnglish();
        View base = switch (process.get()) {
            case COMPLAINT -> complaint(caseNo, user, t);
            case CLAIM -> claim(caseNo, user, t);
            case VIOLATION -> violation(caseNo, user, t);
        };
        if (base == null) {
            return Optional.empty();
        }
        String definitionId = null;
        boolean running = false;
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(process.get().key).singleResult();
        if (instance != null) {
            definitionId = instance.getProcessDefinitionId();
            running = true;
        } else {
            HistoricProcessInstance done = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                    .processDefinitionKey(process.get().key).singleResult();
            definitionId = done == null ? null : done.getProcessDefinitionId();
        }
        return Optional.of(new View(base.caseNo(), process.get(), labels.process(process.get(), english), base.status(),
                base.station(), base.facts(), clocks(caseNo, t), base.timeline(), base.linkedCases(),
                deliveries.of(caseNo), base.claim(), definitionId, running, tasks.ofCase(viewer, caseNo, english)));
    }

    /** The process instance of a case (running or finished) for the diagram; empty when there is none. */
    Optional<ProcessInstance> runningInstance(String caseNo, CaseProcess process) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(process.key).singleResult());
    }

    private View complaint(String caseNo, Authentication user, WorkbenchTexts.Texts t) {
        ComplaintViews.Detail c = complaints.detail(caseNo, access.seesFullPhone(CaseProcess.COMPLAINT, user));
        boolean en = t.isEnglish();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.get("fact.waybill"), c.waybillNo()));
        facts.add(new Fact(t.get("fact.category"), labels.complaintCategory(c.category().name(), en)));
        facts.add(new Fact(t.get("fact.channel"), en ? LabelsEn.of(c.channel()) : c.channel().label()));
        facts.add(new Fact(t.get("fact.priority"), en ? LabelsEn.of(c.priority()) : c.priority().label()));
        facts.add(new Fact(t.get("fact.customer"), c.customer().name() + " " + nullToEmpty(c.customer().phone())));
        facts.add(new Fact(t.get("fact.description"), c.description()));
        facts.add(new Fact(t.get("fact.station"), c.stationCode()));
        facts.add(new Fact(t.get("fact.courier"), c.courierNo()));
        facts.add(new Fact(t.get("fact.received"), format.time(c.receivedAt())));
        facts.add(new Fact(t.get("fact.promised"), format.time(c.sla().promisedResolutionAt())));
        facts.add(new Fact(t.get("fact.resolutionDue"), format.time(c.sla().resolutionDueAt())));
        if (c.finding() != null) {
            facts.add(new Fact(t.get("fact.finding"), c.finding()));
        }
        if (c.resolution() != null) {
            facts.add(new Fact(t.get("fact.resolution"), c.resolution()));
        }
        if (c.satisfaction() != null) {
            facts.add(new Fact(t.get("fact.satisfaction"), c.satisfaction() + "/5"));
        }
        List<Entry> timeline = c.timeline().stream()
                .map(e -> new Entry(e.at(), e.actor(), e.type().name(), e.detail())).toList();
        List<String> linked = new ArrayList<>();
        addIfPresent(linked, c.linkedCases().claimCaseNo());
        addIfPresent(linked, c.linkedCases().violationCaseNo());
        return new View(c.caseNo(), CaseProcess.COMPLAINT, null, en ? LabelsEn.of(c.status()) : c.status().label(),
                c.stationCode(), facts, null, timeline, linked, null, null, null, false, null);
    }

    private View claim(String caseNo, Authentication user, WorkbenchTexts.Texts t) {
        ClaimView c = claims.view(caseNo, user);
        boolean en = t.isEnglish();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.get("fact.waybill"), c.waybillNo()));
        facts.add(new Fact(t.get("fact.lossType"), labels.lossType(c.assessment() != null
                ? c.assessment().lossType().name() : c.reportedLossType() == null ? null : c.reportedLossType().name(), en)));
        facts.add(new Fact(t.get("fact.customer"), c.customer().name() + " " + nullToEmpty(c.customer().phone())));
        facts.add(new Fact(t.get("fact.description"), c.description()));
        facts.add(new Fact(t.get("fact.claimed"), money(c.claimedAmount())));
        facts.add(new Fact(t.get("fact.station"), c.shipment().stationCode()));
        facts.add(new Fact(t.get("fact.courier"), c.shipment().courierNo()));
        facts.add(new Fact(t.get("fact.insured"), c.shipment().insured() ? t.get("yes") : t.get("no")));
        facts.add(new Fact(t.get("fact.declaredValue"), money(c.shipment().declaredValue())));
        facts.add(new Fact(t.get("fact.received"), format.time(c.registeredAt())));
        if (c.assessment() != null) {
            facts.add(new Fact(t.get("fact.responsible"), c.assessment().responsibleParty().name()));
            facts.add(new Fact(t.get("fact.actualLoss"), money(c.assessment().actualLoss())));
            facts.add(new Fact(t.get("fact.assessedBy"), c.assessment().assessedBy()));
        }
        if (c.closeReason() != null) {
            facts.add(new Fact(t.get("fact.closeReason"), c.closeReason()));
        }
        // the claim's own timeline (claim_event, decision 0018); a claim registered before it existed has
        // none, and its dated steps make one
        List<Entry> timeline = c.timeline() == null || c.timeline().isEmpty() ? datedSteps(c)
                : c.timeline().stream().map(e -> new Entry(e.occurredAt(), e.actor(), e.type().name(), e.detail())).toList();
        List<String> linked = new ArrayList<>();
        addIfPresent(linked, c.complaintCaseNo());
        addIfPresent(linked, c.violationCaseNo());
        return new View(c.caseNo(), CaseProcess.CLAIM, null, labels.claimStatus(c.status(), en),
                c.shipment().stationCode(), facts, null, timeline, linked, null, c, null, false, null);
    }

    private List<Entry> datedSteps(ClaimView c) {
        List<Entry> timeline = new ArrayList<>();
        timeline.add(new Entry(c.registeredAt(), null, "REGISTERED", c.origin().name()));
        if (c.assessment() != null) {
            timeline.add(new Entry(c.assessment().assessedAt(), c.assessment().assessedBy(), "ASSESSED",
                    c.assessment().note()));
        }
        c.approvals().forEach(a -> timeline.add(new Entry(a.decidedAt(), a.approver(), "APPROVAL " + a.step(),
                a.decision() + (a.note() == null ? "" : " " + a.note()))));
        if (c.offeredAt() != null) {
            timeline.add(new Entry(c.offeredAt(), null, "OFFERED", money(c.payout() == null ? null : c.payout().payout())));
        }
        c.disputes().forEach(d -> timeline.add(new Entry(d.disputedAt(), null, "DISPUTED #" + d.round(), d.reason())));
        if (c.acceptedAt() != null) {
            timeline.add(new Entry(c.acceptedAt(), null, "ACCEPTED", null));
        }
        if (c.payment() != null) {
            timeline.add(new Entry(c.payment().paidAt(), null, "PAID", money(c.payment().amount())));
        }
        if (c.closedAt() != null) {
            timeline.add(new Entry(c.closedAt(), null, "CLOSED", c.closeReason()));
        }
        timeline.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return timeline;
    }

    private View violation(String caseNo, Authentication user, WorkbenchTexts.Texts t) {
        ViolationView v = violations.view(caseNo, user).orElse(null);
        if (v == null) {
            return null;
        }
        boolean en = t.isEnglish();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(t.get("fact.violationType"), labels.violationType(v.violationType(), en)));
        facts.add(new Fact(t.get("fact.courier"), v.courierNo()));
        facts.add(new Fact(t.get("fact.station"), v.stationCode()));
        facts.add(new Fact(t.get("fact.waybill"), v.waybillNo()));
        facts.add(new Fact(t.get("fact.source"), v.source() + (v.sourceCaseNo() == null ? "" : " " + v.sourceCaseNo())));
        facts.add(new Fact(t.get("fact.description"), v.description()));
        facts.add(new Fact(t.get("fact.received"), format.time(v.registeredAt())));
        if (v.statement() != null) {
            facts.add(new Fact(t.get("fact.statement"), v.statement().missed() ? t.get("fact.statementMissed")
                    : v.statement().text()));
        }
        if (v.decision() != null) {
            facts.add(new Fact(t.get("fact.decision"), v.decision().decisionLabel() + " "
                    + nullToEmpty(v.decision().severityLabel()) + " " + nullToEmpty(v.decision().reason())));
        }
        if (v.penalty() != null) {
            facts.add(new Fact(t.get("fact.penalty"), v.penalty().measureLabel() + " " + money(v.penalty().fineAmount())
                    + " / " + v.penalty().points()));
        }
        if (v.appeal() != null && v.appeal().text() != null) {
            facts.add(new Fact(t.get("fact.appeal"), v.appeal().text()));
        }
        List<Entry> timeline = v.timeline().stream().map(e -> new Entry(e.at(), e.actor(), e.kind(), e.note())).toList();
        List<String> linked = new ArrayList<>();
        addIfPresent(linked, v.sourceCaseNo());
        return new View(v.caseNo(), CaseProcess.VIOLATION, null, en ? LabelsEn.words(v.status()) : v.statusLabel(),
                v.stationCode(), facts, null, timeline, linked, null, null, null, false, null);
    }

    private List<SlaState> clocks(String caseNo, WorkbenchTexts.Texts t) {
        Instant now = clock.instant();
        List<SlaState> states = new ArrayList<>();
        for (SlaClock sla : slaClocks.findByCase(caseNo)) {
            String state;
            String remaining;
            if (sla.isStopped()) {
                state = "stopped";
                remaining = t.get("sla.stopped");
            } else if (sla.isPaused()) {
                state = "paused";
                remaining = t.get("sla.paused");
            } else {
                state = WorkbenchTasks.slaState(now, sla.getWarningAt(), sla.getDueAt());
                remaining = WorkbenchFormat.remaining(now, sla.getDueAt(), t);
            }
            states.add(new SlaState(sla.getSlaName(), sla.getDueAt(), sla.getWarningAt(), sla.isPaused(),
                    sla.getPausedTotal(), sla.isStopped(), remaining, state));
        }
        return states;
    }

    private static void addIfPresent(List<String> list, String caseNo) {
        if (caseNo != null && !caseNo.isBlank()) {
            list.add(caseNo);
        }
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : "¥" + amount.toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** English words for codes whose Chinese label the modules provide. */
    static final class LabelsEn {

        private LabelsEn() {
        }

        static String of(Enum<?> value) {
            return value == null ? "" : WorkbenchLabels.words(value.name());
        }

        static String words(String code) {
            return code == null ? "" : WorkbenchLabels.words(code);
        }
    }
}
