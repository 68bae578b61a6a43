package org.parceldesk.mailintake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.complaint.ComplaintAccess;
import org.parceldesk.complaint.ComplaintReceipt;
import org.parceldesk.complaint.IntakeOutcome;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mail-intake")
@Tag(name = "Mail intake", description = "邮件受理: unmatched mails for handlers, attachments kept as evidence")
class MailIntakeController {

    private final UnmatchedMails unmatched;
    private final MailAttachmentRepository attachments;
    private final MailAttachments files;
    private final ComplaintAccess access;

    MailIntakeController(UnmatchedMails unmatched, MailAttachmentRepository attachments, MailAttachments files,
            ComplaintAccess access) {
        this.unmatched = unmatched;
        this.attachments = attachments;
        this.files = files;
        this.access = access;
    }

    @GetMapping("/unmatched")
    @PreAuthorize("@complaintAccess.canRead(authentication)")
    @Operation(summary = "Unmatched mails (未匹配邮件), earliest due first",
            description = "Mails that named no known waybill, a closed case, or a case of another customer. "
                    + "`overdue` is true once the unmatched-mail SLA has passed.")
    List<MailIntakeViews.Unmatched> list(@RequestParam(defaultValue = "OPEN") UnmatchedMail.Status status) {
        return unmatched.list(status);
    }

    @GetMapping("/unmatched/{id}")
    @PreAuthorize("@complaintAccess.canRead(authentication)")
    MailIntakeViews.Unmatched get(@PathVariable long id) {
        return unmatched.get(id);
    }

    @PostMapping("/unmatched/{id}/complaint")
    @PreAuthorize("@complaintAccess.canFile(authentication)")
    @Operation(summary = "File an unmatched mail as a complaint (channel EMAIL)",
            description = "The handler gives the waybill and category; name, description and the customer's address "
                    + "come from the mail unless given. The mail's attachments become the case's evidence. "
                    + "201 for a new case, 200 when the waybill has an open complaint of the category (`duplicateOf`).")
    ResponseEntity<ComplaintReceipt> file(@PathVariable long id, @RequestBody UnmatchedMails.FileRequest request,
            Authentication authentication) {
        IntakeOutcome outcome = unmatched.file(id, request, authentication.getName());
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.receipt());
        }
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + outcome.receipt().caseNo())).body(outcome.receipt());
    }

    @PostMapping("/unmatched/{id}/dismiss")
    @PreAuthorize("@complaintAccess.canFile(authentication)")
    @Operation(summary = "Dismiss an unmatched mail with a note (spam, not a complaint, answered otherwise)")
    MailIntakeViews.Unmatched dismiss(@PathVariable long id, @RequestBody UnmatchedMails.DismissRequest request,
            Authentication authentication) {
        return unmatched.dismiss(id, request, authentication.getName());
    }

    @GetMapping("/cases/{caseNo}/attachments")
    @PreAuthorize("@complaintAccess.canRead(authentication, #caseNo)")
    @Operation(summary = "Files a case's customer mailed, kept as evidence")
    @Transactional(readOnly = true)
    public List<MailIntakeViews.Attachment> caseAttachments(@PathVariable String caseNo) {
        return attachments.findByCaseNoOrderById(caseNo).stream().map(MailIntakeViews.Attachment::of).toList();
    }

    @GetMapping("/attachments/{id}/content")
    @Operation(summary = "One mailed file (of a case the caller may read, or of an unmatched mail)")
    ResponseEntity<Resource> content(@PathVariable long id, Authentication authentication) {
        MailAttachment attachment = attachments.findById(id)
                .orElseThrow(() -> ApiProblem.missing("mailintake.attachment.not-found", id));
        boolean allowed = attachment.getCaseNo() != null ? access.canRead(authentication, attachment.getCaseNo())
                : access.canRead(authentication);
        if (!allowed) {
            throw ApiProblem.missing("mailintake.attachment.not-found", id); // no hint that it exists
        }
        var path = files.pathOf(attachment);
        if (!Files.isRegularFile(path)) {
            throw ApiProblem.missing("mailintake.attachment.file-missing", id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(path));
    }
}
