package org.parceldesk.complaint;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer's satisfaction survey (回访) reached through the signed link in the survey e-mail. */
@Service
public class ComplaintSurvey {

    public static final int MAX_COMMENT = 500;

    public enum Result { RECORDED, NOT_OPEN }

    /** What the survey page shows. */
    public record Survey(String caseNo, String category, String waybillNo, String resolution, boolean open) {
    }

    private final ComplaintLinks links;
    private final ComplaintRepository complaints;
    private final ComplaintWorkflow workflow;
    private final ComplaintCases cases;

    ComplaintSurvey(ComplaintLinks links, ComplaintRepository complaints, ComplaintWorkflow workflow, ComplaintCases cases) {
        this.links = links;
        this.complaints = complaints;
        this.workflow = workflow;
        this.cases = cases;
    }

    /** Empty when the token is forged, expired or not a survey token. */
    @Transactional(readOnly = true)
    public Optional<Survey> open(String token) {
        return links.verify(token, ComplaintLinks.Purpose.SURVEY)
                .flatMap(complaints::findByCaseNo)
                .map(c -> new Survey(c.getCaseNo(), c.getCategory().label(), c.getWaybillNo(), c.getResolution(),
                        workflow.awaitsSurvey(c.getCaseNo())));
    }

    /**
     * Records the rating: completes the satisfaction callback as the customer. Call {@link #open}
     * first to check the token; a rating outside 1–5 or a comment too long is the caller's to refuse.
     */
    @Transactional
    public Result answer(String caseNo, int satisfaction, String comment) {
        if (satisfaction < 1 || satisfaction > 5) {
            throw new IllegalArgumentException("satisfaction must be 1..5");
        }
        Complaint complaint = complaints.findByCaseNo(caseNo).orElseThrow();
        if (!workflow.awaitsSurvey(caseNo)) {
            return Result.NOT_OPEN;
        }
        String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
        if (trimmed != null && trimmed.length() > MAX_COMMENT) {
            trimmed = trimmed.substring(0, MAX_COMMENT);
        }
        complaint.surveyCommented(trimmed);
        if (trimmed != null) {
            // the customer's words stay on the case; the supervisor's review task shows them too (factSurveyComment)
            complaint.record(ComplaintEventType.SURVEY_COMMENTED, cases.now(), ComplaintProcess.CUSTOMER,
                    cases.recorded("complaint.timeline.survey-comment", String.valueOf(satisfaction), trimmed));
        }
        return workflow.answerSurvey(caseNo, satisfaction) ? Result.RECORDED : Result.NOT_OPEN;
    }
}
