package org.parceldesk.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.testing.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Complaints for tests on the shared database: every complaint gets its own waybill + category
 * (so that none is a duplicate of another test's) and its own phone number (so that nobody is a
 * repeat complainant by accident). Demo shipments are used read-only.
 */
@Component
class ComplaintTestSupport {

    /** Monday 2026-03-02 09:00 in Shanghai: a working day, inside working hours. */
    static final Instant MONDAY_9AM = Instant.parse("2026-03-02T01:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ComplaintCategory[] CATEGORIES = ComplaintCategory.values();

    private final ComplaintIntake intake;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final ComplaintQueries queries;
    private final ShipmentRepository shipments;

    ComplaintTestSupport(ComplaintIntake intake, RuntimeService runtime, TaskService tasks, ManagementService management,
            JdbcTemplate jdbc, ComplaintQueries queries, ShipmentRepository shipments) {
        this.shipments = shipments;
        this.intake = intake;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** A fresh waybill/category pair and phone; ATTITUDE…OTHER are used too, never twice. */
    static NewComplaint newComplaint(ComplaintChannel channel, String email) {
        int n = SEQUENCE.getAndIncrement();
        return newComplaint(n, CATEGORIES[(n / 200) % CATEGORIES.length], channel, email);
    }

    static NewComplaint newComplaint(ComplaintCategory category, ComplaintChannel channel, String email) {
        // jump to a slot whose category is the one asked for
        while (true) {
            int n = SEQUENCE.getAndIncrement();
            if (CATEGORIES[(n / 200) % CATEGORIES.length] == category) {
                return newComplaint(n, category, channel, email);
            }
            SEQUENCE.addAndGet(199 - n % 200);
        }
    }

    private static NewComplaint newComplaint(int n, ComplaintCategory category, ComplaintChannel channel, String email) {
        String waybill = String.format("PD%010d", 2026000001L + n % 200);
        String phone = String.valueOf(13910000000L + n);
        String description = "快件已超过承诺时效三天仍未送达，多次联系网点无人接听，请尽快处理。";
        if (channel == ComplaintChannel.REGULATOR) {
            // a referral must name the regulator's reference and deadline
            return new NewComplaint(waybill, channel.name(), category.name(), "张小明", phone, email, description,
                    "YZ-TEST-" + n, "2026-03-09", null);
        }
        return new NewComplaint(waybill, channel.name(), category.name(), "张小明", phone, email, description);
    }

    static NewComplaint withPhone(NewComplaint c, String phone) {
        return new NewComplaint(c.waybillNo(), c.channel(), c.category(), c.customerName(), phone, c.customerEmail(),
                c.description());
    }

    /**
     * A complaint about a fresh shipment (its own waybill, copied from a demo shipment) whose
     * responsible station is the one given: for tests that depend on the station.
     */
    NewComplaint newComplaintAtStation(String stationCode, String email) {
        NewComplaint base = newComplaint(ComplaintChannel.PHONE, email);
        ShipmentSnapshot demo = shipments.findById(base.waybillNo()).orElseThrow().toSnapshot();
        String waybill = String.format("PX%d%06d", System.currentTimeMillis(), SEQUENCE.getAndIncrement());
        shipments.save(new Shipment(new ShipmentSnapshot(waybill, demo.serviceType(), demo.shippedAt(),
                demo.promisedAt(), demo.deliveredAt(), demo.pickupCourierNo(), demo.deliveryCourierNo(),
                demo.originStationCode(), stationCode, demo.postage(), demo.insured(), demo.declaredValue(),
                demo.insuranceFee(), demo.status())));
        return new NewComplaint(waybill, base.channel(), base.category(), base.customerName(), base.customerPhone(),
                base.customerEmail(), base.description());
    }

    String file(NewComplaint complaint) {
        return intake.file(complaint, null, "complaint-handler").receipt().caseNo();
    }

    ProcessInstance process(String caseNo) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNo).singleResult();
    }

    Task task(String caseNo, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).list();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + taskKey + " task for " + caseNo + " but found " + found.size()
                    + "; open: " + tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list().stream()
                    .map(Task::getTaskDefinitionKey).toList());
        }
        return found.get(0);
    }

    void complete(String caseNo, String taskKey, Map<String, Object> variables) {
        tasks.complete(task(caseNo, taskKey).getId(), variables);
    }

    void contact(String caseNo) {
        complete(caseNo, ComplaintProcess.TASK_CONTACT_CUSTOMER,
                Map.of("contactResult", "REACHED", "contactNote", "已致电客户，说明将核查派送记录"));
    }

    void conclude(String caseNo, boolean compensation, boolean courierAtFault, String courierNo) {
        java.util.HashMap<String, Object> decision = new java.util.HashMap<>(Map.of(
                "investigationOutcome", "CONCLUDED",
                "finding", "派送记录显示快递员未按约定时间派送",
                "responsibleParty", courierAtFault ? "COURIER" : "STATION",
                "compensationNeeded", compensation,
                "courierAtFault", courierAtFault));
        if (courierNo != null) {
            decision.put("courierNo", courierNo);
        }
        complete(caseNo, ComplaintProcess.TASK_INVESTIGATE, decision);
        runAsyncSteps(caseNo);
    }

    /**
     * Runs the case's due asynchronous continuations (linked claim and violation), as the job
     * executor would after the investigation's commit.
     */
    int runAsyncSteps(String caseNo) {
        int executed = 0;
        for (int round = 0; round < 10; round++) {
            ProcessInstance instance = process(caseNo);
            if (instance == null) {
                return executed;
            }
            List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).messages().executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        return executed;
    }

    void reply(String caseNo) {
        complete(caseNo, ComplaintProcess.TASK_REPLY_TO_CUSTOMER,
                Map.of("resolution", "经核实为网点派送延误，已对网点进行通报并督促尽快派送，向您致歉。"));
    }

    /** Moves both clocks and runs the case's timers that are due, as the job executor would. */
    int runDueTimers(String caseNo, Instant now) {
        EngineClock.setNow(now);
        int executed = 0;
        for (int round = 0; round < 10; round++) {
            ProcessInstance instance = process(caseNo);
            if (instance == null) {
                return executed;
            }
            List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).timers()
                    .duedateLowerThan(java.util.Date.from(now.plusMillis(1))).executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        return executed;
    }

    ComplaintViews.Detail detail(String caseNo) {
        return queries.detail(caseNo, true);
    }

    long events(String caseNo, ComplaintEventType type) {
        return detail(caseNo).timeline().stream().filter(e -> e.type() == type).count();
    }

    List<String> mailTemplates(String caseNo) {
        return jdbc.queryForList("select template from notification_outbox where case_no = ? and template like 'complaint-%' order by id", String.class, caseNo);
    }

    /** The outbox rows of one template: recipient and model JSON. */
    List<java.util.Map<String, Object>> mails(String caseNo, String template) {
        return jdbc.queryForList("select recipient, model from notification_outbox where case_no = ? and template = ? order by id",
                caseNo, template);
    }

    long complaintsOn(String waybillNo, String category) {
        return jdbc.queryForObject("select count(*) from complaint where waybill_no = ? and category = ?", Long.class,
                waybillNo, category);
    }

    Object runtimeVariable(String caseNo, String name) {
        return runtime.getVariable(process(caseNo).getId(), name);
    }
}
