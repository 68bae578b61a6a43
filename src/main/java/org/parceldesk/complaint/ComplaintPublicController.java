package org.parceldesk.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parceldesk.common.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    ComplaintPublicController(ComplaintLinks links, ComplaintQueries queries) {
        this.links = links;
        this.queries = queries;
    }

    @GetMapping("/{caseNo}")
    @Operation(summary = "Status of a complaint for its customer",
            description = "`token` comes from the acknowledgment e-mail or the confirmation page. A wrong, expired or "
                    + "foreign token answers 404, like an unknown case, so that case numbers cannot be probed.")
    ComplaintViews.PublicStatus status(@PathVariable String caseNo, @RequestParam String token) {
        String opened = links.verify(token, ComplaintLinks.Purpose.STATUS)
                .filter(caseNo::equals)
                .orElseThrow(() -> ApiProblem.notFound("Complaint", caseNo));
        return queries.publicStatus(opened);
    }
}
