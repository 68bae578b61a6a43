package org.parceldesk.workbench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.parceldesk.claim.ClaimOrigin;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.claim.CustomerContact;
import org.parceldesk.claim.LossType;
import org.parceldesk.claim.NewClaim;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.NewComplaint;
import org.parceldesk.shipment.ServiceType;
import org.parceldesk.shipment.Shipment;
import org.parceldesk.shipment.ShipmentRepository;
import org.parceldesk.shipment.ShipmentSnapshot;
import org.parceldesk.shipment.ShipmentStatus;

/**
 * Cases for the workbench tests, filed through the products' own intake (real processes, real
 * tasks), on fresh shipments so that tests never meet each other's duplicates.
 */
final class WorkbenchFixture {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

    private final ComplaintIntake complaints;
    private final ClaimService claims;
    private final ShipmentRepository shipments;
    private final TaskService tasks;

    WorkbenchFixture(ComplaintIntake complaints, ClaimService claims, ShipmentRepository shipments, TaskService tasks) {
        this.complaints = complaints;
        this.claims = claims;
        this.shipments = shipments;
        this.tasks = tasks;
    }

    /** A shipment delivered by station {@code station}, shipped three days before {@code now}. */
    String shipment(String station, Instant now) {
        long n = SEQUENCE.incrementAndGet();
        String waybill = "WB" + n;
        shipments.save(new Shipment(new ShipmentSnapshot(waybill, ServiceType.DOMESTIC, now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(1)), null, "C0001", "C0001", "S001", station, new BigDecimal("12.00"), false,
                null, BigDecimal.ZERO, ShipmentStatus.IN_TRANSIT)));
        return waybill;
    }

    static String phone() {
        return String.valueOf(13900000000L + SEQUENCE.incrementAndGet() % 100_000_000L);
    }

    /** A phone complaint about a shipment of {@code station}; its first task is Contact customer. */
    String complaint(String station, Instant now, String phone) {
        NewComplaint complaint = new NewComplaint(shipment(station, now), "PHONE", "DELAY", "李小华", phone, null,
                "快递延误三天仍未送达，要求尽快处理。");
        return complaints.file(complaint, null, "complaint-handler").receipt().caseNo();
    }

    /** A claim for a lost parcel of station S001; its first task is Collect evidence. */
    String claim(Instant now, String phone) {
        return claims.register(new NewClaim(ClaimOrigin.API, null, shipment("S001", now),
                new CustomerContact("王小明", phone, null), "包裹丢失，申请理赔。", LossType.LOSS, new BigDecimal("100.00")))
                .getCaseNo();
    }

    Task openTask(String caseNo) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
    }

    /** Gives the case's open task this due date and priority, held by {@code assignee} (null: unclaimed). */
    Task arrange(String caseNo, Instant due, int priority, String assignee) {
        Task task = openTask(caseNo);
        task.setDueDate(Date.from(due));
        task.setPriority(priority);
        task.setAssignee(assignee);
        tasks.saveTask(task);
        return task;
    }
}
