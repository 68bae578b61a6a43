package org.parceldesk.complaint;

import org.parceldesk.common.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parceldesk.common.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portal's JSON: a customer's case through the signed link of their e-mail, no login. */
@RestController
@RequestMapping("/api/public/complaints")
@Tag(name = "Complaints (public)", description = "Customer view of a complaint through a signed link")
class ComplaintPublicController {

    private final ComplaintLinks links;
    private final ComplaintQueries queries;
    private final ComplaintTracking tracking;

    private final Messages messages;

    ComplaintPublicController(ComplaintLinks links, ComplaintQueries queries, ComplaintTracking tracking,
            Messages messages) {
        this.messages = messages;
        this.links = links;
        this.queries = queries;
        this.tracking = tracking;
    }

    /** What a customer names to track a case without a link. */
    record TrackRequest(String caseNo, String phone) {
    }

    @PostMapping("/track")
    @Operation(summary = "Track a complaint by case number and phone (full number or last four digits)",
            description = "Status, steps, dates and the reply only. A wrong case number and a wrong phone get the same "
                    + "404 with the same body; throttled per client address (parceldesk.abuse.portal-tracking).")
    ComplaintViews.Tracked track(@RequestBody TrackRequest request) {
        if (request == null) {
            throw ApiProblem.invalid("body", messages.get("problem.field.missing"));
        }
        return tracking.track(request.caseNo(), request.phone()).orElseThrow(this::notFound);
    }

    /** The same words whatever was wrong, and nothing of what the caller sent. */
    private ApiProblem notFound() {
        return ApiProblem.missing("complaint.tracking.not-found");
    }

    @GetMapping("/{caseNo}")
    @Operation(summary = "Status of a complaint for its customer",
            description = "`token` comes from the acknowledgment e-mail or the confirmation page. A wrong, expired or "
                    + "foreign token answers 404, like an unknown case, so that case numbers cannot be probed.")
    ComplaintViews.PublicStatus status(@PathVariable String caseNo, @RequestParam String token) {
        String opened = links.verify(token, ComplaintLinks.Purpose.STATUS)
                .filter(caseNo::equals)
                .orElseThrow(() -> queries.notFound(caseNo));
        return queries.publicStatus(opened);
    }
}
