package org.parceldesk.portal;

import org.parceldesk.common.ApiProblem;
import org.parceldesk.complaint.ComplaintTracking;
import org.parceldesk.complaint.ComplaintViews;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 查询投诉: a customer without the e-mailed link (a phone-only customer, a co-complainant) tracks a
 * complaint with its case number and their phone. A POST, so that the phone stays out of URLs and
 * logs; throttled per address ({@code parceldesk.abuse.portal-tracking}).
 */
@Controller
@RequestMapping("/portal/track")
class ComplaintTrackingController {

    private final ComplaintTracking tracking;
    private final ComplaintPortalPages pages;

    ComplaintTrackingController(ComplaintTracking tracking, ComplaintPortalPages pages) {
        this.tracking = tracking;
        this.pages = pages;
    }

    @GetMapping
    String form() {
        return "portal/complaint/track";
    }

    /**
     * The status when case number and phone match; otherwise one and the same page (404, no form, no
     * echo of the input), whether the case number or the phone was wrong.
     */
    @PostMapping
    String track(@RequestParam(required = false) String caseNo, @RequestParam(required = false) String phone,
            Model model, jakarta.servlet.http.HttpServletResponse response) {
        ComplaintViews.Tracked found;
        try {
            found = tracking.track(caseNo, phone).orElse(null);
        } catch (ApiProblem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("phoneError", problem.errors().isEmpty() ? problem.getMessage() : problem.errors().get(0).message());
            return "portal/complaint/track";
        }
        if (found == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "portal/complaint/track-not-found";
        }
        model.addAttribute("complaint", found);
        model.addAttribute("fmt", pages);
        return "portal/complaint/tracked";
    }
}
