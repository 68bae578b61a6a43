package org.parceldesk.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.parceldesk.common.Messages;
import org.parceldesk.common.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "投诉: intake for handlers and e-commerce platforms, case status, lists")
class ComplaintController {

    private final ComplaintIntake intake;
    private final ComplaintQueries queries;
    private final ComplaintAccess access;
    private final ComplaintCustomerInfo customerInfo;
    private final Messages messages;

    ComplaintController(ComplaintIntake intake, ComplaintQueries queries, ComplaintAccess access,
            ComplaintCustomerInfo customerInfo, Messages messages) {
        this.customerInfo = customerInfo;
        this.messages = messages;
        this.intake = intake;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize("@complaintAccess.canFile(authentication)")
    @Operation(summary = "File a complaint",
            description = "Validates, assigns a case number (TS…), snapshots the shipment and starts the complaint process. "
                    + "An open complaint on the same waybill and category is not a new case: the answer is 200 with its "
                    + "case number in `duplicateOf`. With an `Idempotency-Key`, repeating the request returns the first "
                    + "answer and opens no second case. Nothing is stored when the answer is an error.")
    @ApiResponse(responseCode = "201", description = "Case opened")
    @ApiResponse(responseCode = "200", description = "Duplicate of an open case (`duplicateOf`)")
    @ApiResponse(responseCode = "400", description = "Invalid fields (`errors`: field and message)",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Unknown waybill, or an Idempotency-Key reused for another request",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still in progress",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ComplaintReceipt> file(@RequestBody NewComplaint request,
            @Parameter(description = "Any unique string (e.g. a UUID) per logical request; max 100 visible ASCII characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication authentication) {
        IntakeOutcome outcome = intake.file(request, idempotencyKey, authentication.getName());
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.receipt());
        }
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + outcome.receipt().caseNo()))
                .body(outcome.receipt());
    }

    @GetMapping("/{caseNo}")
    @PreAuthorize("@complaintAccess.canRead(authentication, #caseNo)")
    @Operation(summary = "One complaint: status, SLA dates and breaches, linked cases, timeline",
            description = "The customer's phone is shown in full to complaint handlers and supervisors, masked to others.")
    ComplaintViews.Detail get(@PathVariable String caseNo, Authentication authentication) {
        return queries.detail(caseNo, access.seesFullPhone(authentication));
    }

    @GetMapping("/{caseNo}/evidence/{evidenceId}")
    @PreAuthorize("@complaintAccess.canRead(authentication, #caseNo)")
    @Operation(summary = "Download one file the customer sent with Add information (listed under evidence of the complaint)")
    org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> evidenceFile(@PathVariable String caseNo,
            @PathVariable long evidenceId) {
        ComplaintCustomerInfo.StoredFile file = customerInfo.file(caseNo, evidenceId)
                .filter(found -> java.nio.file.Files.exists(found.path()))
                .orElseThrow(() -> org.parceldesk.common.ApiProblem.missing("complaint.evidence.not-found", caseNo, String.valueOf(evidenceId)));
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(file.evidence().getContentType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(file.evidence().getOriginalName(),
                                java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new org.springframework.core.io.FileSystemResource(file.path()));
    }

    @GetMapping
    @PreAuthorize("@complaintAccess.canRead(authentication)")
    @Operation(summary = "Complaints, paged and newest first; filters: status, category, station, channel, "
            + "received date range (inclusive, business time zone)")
    PageResponse<ComplaintViews.Summary> list(
            @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(required = false) ComplaintCategory category,
            @Parameter(description = "Responsible station code") @RequestParam(required = false) String station,
            @RequestParam(required = false) ComplaintChannel channel,
            @Parameter(description = "Received on or after this day, e.g. 2026-03-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Received on or before this day")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @PageableDefault(size = 20, sort = "receivedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return queries.list(status, category, station, channel, from, to, pageable);
    }
}
