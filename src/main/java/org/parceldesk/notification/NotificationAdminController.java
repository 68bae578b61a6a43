package org.parceldesk.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.common.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/notifications")
@Tag(name = "Notifications (admin)", description = "Failed e-mails and their retry")
@PreAuthorize("hasAuthority('admin')")
class NotificationAdminController {

    private final OutboxRepository rows;
    private final OutboxStore store;
    private final OutboxBacklog backlog;
    private final Clock clock;

    NotificationAdminController(OutboxRepository rows, OutboxStore store, OutboxBacklog backlog, Clock clock) {
        this.rows = rows;
        this.store = store;
        this.backlog = backlog;
        this.clock = clock;
    }

    @GetMapping("/backlog")
    @Operation(summary = "How far the outbox is behind: waiting, sending and FAILED counts, oldest waiting message's age "
            + "(also metrics parceldesk.outbox.*)")
    OutboxBacklog.Snapshot backlog() {
        return backlog.now();
    }

    /** The answer to a bulk retry. */
    record BulkRetry(int retried) {
    }

    @PostMapping("/retry-failed")
    @Operation(summary = "After an outage: every FAILED message (optionally of one case) is due again now, with a fresh "
            + "set of attempts")
    BulkRetry retryFailed(@RequestParam(required = false) String caseNo) {
        String only = caseNo == null || caseNo.isBlank() ? null : caseNo.strip();
        return new BulkRetry(store.retryAllFailed(only, clock.instant()));
    }

    @GetMapping
    @Operation(summary = "Outbox messages with full addresses and errors; default status FAILED")
    PageResponse<NotificationView> list(@RequestParam(defaultValue = "FAILED") OutboxStatus status,
            @RequestParam(required = false) String caseNo,
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable) {
        return PageResponse.of(rows.findAll(NotificationController.filter(caseNo, status), pageable),
                row -> NotificationView.of(row, true));
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Send a FAILED (or waiting) message again now, with a fresh set of attempts")
    NotificationView retry(@PathVariable long id) {
        OutboxMessage row = rows.findById(id).orElseThrow(() -> ApiProblem.missing("notification.not-found", id));
        if (!store.retry(id, clock.instant())) {
            OutboxStatus now = rows.findById(id).map(OutboxMessage::getStatus).orElse(row.getStatus());
            throw ApiProblem.conflict("status",
                    Messages.forReader("notification.not-retryable", id, now))
                    .with("currentStatus", now);
        }
        return rows.findById(id).map(r -> NotificationView.of(r, true)).orElseThrow();
    }
}
