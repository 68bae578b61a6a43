package org.parceldesk.portal;

import org.parceldesk.common.Messages;
import java.util.Optional;
import org.parceldesk.complaint.ComplaintSurvey;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The satisfaction survey (回访) reached from the e-mail link: a signed, expiring token, no login. */
@Controller
@RequestMapping("/portal/survey")
class ComplaintSurveyController {

    private final ComplaintSurvey surveys;

    private final Messages messages;

    ComplaintSurveyController(ComplaintSurvey surveys, Messages messages) {
        this.messages = messages;
        this.surveys = surveys;
    }

    @GetMapping
    String show(@RequestParam(required = false) String token, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Optional<ComplaintSurvey.Survey> survey = surveys.open(token);
        if (survey.isEmpty()) {
            return ComplaintPortalPages.invalidLink(model, response, messages);
        }
        model.addAttribute("survey", survey.get());
        model.addAttribute("token", token);
        return "portal/complaint/survey";
    }

    @PostMapping
    String answer(@RequestParam(required = false) String token, @RequestParam(required = false) String satisfaction,
            @RequestParam(required = false) String comment, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        Optional<ComplaintSurvey.Survey> survey = surveys.open(token);
        if (survey.isEmpty()) {
            return ComplaintPortalPages.invalidLink(model, response, messages);
        }
        Integer rating = satisfaction != null && satisfaction.matches("[1-5]") ? Integer.valueOf(satisfaction) : null;
        if (rating == null || (comment != null && comment.length() > ComplaintSurvey.MAX_COMMENT)) {
            response.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST.value());
            model.addAttribute("survey", survey.get());
            model.addAttribute("token", token);
            model.addAttribute("comment", comment);
            model.addAttribute("error", rating == null ? messages.get("portal.survey.rating.required")
                    : messages.get("portal.survey.comment.too-long", ComplaintSurvey.MAX_COMMENT));
            return "portal/complaint/survey";
        }
        ComplaintSurvey.Result result = surveys.answer(survey.get().caseNo(), rating, comment);
        model.addAttribute("caseNo", survey.get().caseNo());
        model.addAttribute("recorded", result == ComplaintSurvey.Result.RECORDED);
        return "portal/complaint/survey-done";
    }
}
