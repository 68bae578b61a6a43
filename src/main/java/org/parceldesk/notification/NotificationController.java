package org.parceldesk.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "E-mail and SMS outbox (通知): what was sent, what waits, what failed")
class NotificationController {

    static final String ADMIN = "admin";

    private final OutboxRepository rows;
    private final OutboxMail mail;
    private final SmsText sms;
    private final NotificationProperties properties;

    NotificationController(OutboxRepository rows, OutboxMail mail, SmsText sms, NotificationProperties properties) {
        this.rows = rows;
        this.mail = mail;
        this.sms = sms;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "Outbox messages, newest first; filters: case number, status. Addresses masked unless admin.")
    @PreAuthorize("hasAnyAuthority('complaint-handler','complaint-supervisor','claims-handler','claims-supervisor',"
            + "'claims-manager','inspector','station-manager','admin')")
    PageResponse<NotificationView> list(@RequestParam(required = false) String caseNo,
            @RequestParam(required = false) OutboxStatus status,
            @PageableDefault(size = 20, sort = "id", direction = Sort.Direction.DESC) Pageable pageable,
            Authentication user) {
        boolean admin = isAdmin(user);
        return PageResponse.of(rows.findAll(filter(caseNo, status), pageable), row -> NotificationView.of(row, admin));
    }

    @GetMapping("/{id}/preview")
    @Operation(summary = "The message as its recipient gets it: subject, HTML and text (admin)")
    @PreAuthorize("hasAuthority('admin')")
    NotificationPreview preview(@PathVariable long id) {
        OutboxMessage row = rows.findById(id).orElseThrow(() -> ApiProblem.missing("notification.not-found", id));
        if (row.getChannel() == OutboxChannel.SMS) {
            return smsPreview(row);
        }
        RenderedMail rendered;
        try {
            rendered = mail.render(row);
        } catch (NotificationTemplateException e) {
            throw ApiProblem.unprocessable("template", e.getMessage());
        }
        return new NotificationPreview(row.getId(), row.getCaseNo(), row.getRecipient(), properties.from(),
                rendered.subject(), row.getLocale(), rendered.template(), mail.messageId(row), rendered.html(), rendered.text());
    }

    /** An SMS as its text: subject says SMS and its segments, html is the escaped text. */
    private NotificationPreview smsPreview(OutboxMessage row) {
        SmsText.Rendered text;
        try {
            text = sms.render(row);
        } catch (NotificationTemplateException e) {
            throw ApiProblem.unprocessable("template", e.getMessage());
        }
        return new NotificationPreview(row.getId(), row.getCaseNo(), row.getRecipient(), null,
                "SMS (" + text.segments() + " segment" + (text.segments() == 1 ? "" : "s") + ")", row.getLocale(),
                "sms/" + row.getTemplate(), "parceldesk.outbox." + row.getId() + "." + row.getCreatedAt().getEpochSecond(),
                "<p>" + org.springframework.web.util.HtmlUtils.htmlEscape(text.text()) + "</p>", text.text());
    }

    @GetMapping(path = "/{id}/preview/html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The HTML body alone, for a browser (admin)")
    @PreAuthorize("hasAuthority('admin')")
    String previewHtml(@PathVariable long id) {
        return preview(id).html();
    }

    static Specification<OutboxMessage> filter(String caseNo, OutboxStatus status) {
        List<Specification<OutboxMessage>> filters = new ArrayList<>();
        if (caseNo != null && !caseNo.isBlank()) {
            filters.add((root, query, cb) -> cb.equal(root.get("caseNo"), caseNo.trim()));
        }
        if (status != null) {
            filters.add((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        return Specification.allOf(filters);
    }

    static boolean isAdmin(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> ADMIN.equals(a.getAuthority()));
    }
}
