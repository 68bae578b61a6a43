package org.parceldesk.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parceldesk.claim.ClaimCustomerView;
import org.parceldesk.claim.ClaimLinks;
import org.parceldesk.claim.ClaimOrigin;
import org.parceldesk.claim.ClaimService;
import org.parceldesk.claim.ConfirmationChannel;
import org.parceldesk.claim.CustomerContact;
import org.parceldesk.claim.EvidenceStore;
import org.parceldesk.claim.LossType;
import org.parceldesk.claim.NewClaim;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.common.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The customer's claim pages: file a claim with evidence, then — through the signed, expiring link
 * in every e-mail — follow it, add evidence, see the offer with its breakdown, accept or dispute.
 */
@Controller
@RequestMapping("/portal/claims")
class ClaimPortalController {

    private final ClaimService claims;
    private final EvidenceStore evidence;
    private final ClaimLinks links;
    private final Messages messages;

    ClaimPortalController(ClaimService claims, EvidenceStore evidence, ClaimLinks links, Messages messages) {
        this.claims = claims;
        this.evidence = evidence;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newClaim(Model model) {
        model.addAttribute("form", ClaimPortalForm.empty());
        model.addAttribute("lossTypes", LossType.values());
        return "portal/claim/new";
    }

    @PostMapping
    String file(ClaimPortalForm form, @RequestParam(name = "files", required = false) MultipartFile[] files, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        List<FieldProblem> problems = form.problems(messages);
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return refuse(form, problems, model);
        }
        try {
            String caseNo = claims.registerWithEvidence(new NewClaim(ClaimOrigin.PORTAL, null, form.waybillNo().trim(),
                    new CustomerContact(form.customerName().trim(), form.customerPhone().trim(), form.customerEmail().trim()),
                    form.description(), form.reportedLossType(), null), uploads(files)).getCaseNo();
            return "redirect:/portal/claims/" + caseNo + "?token=" + links.token(caseNo);
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            List<FieldProblem> errors = problem.errors().isEmpty()
                    ? List.of(new FieldProblem("form", problem.getMessage())) : problem.errors();
            if (problem.properties().get("existingCaseNo") != null) {
                model.addAttribute("existingCaseNo", problem.properties().get("existingCaseNo"));
            }
            return refuse(form, errors, model);
        }
    }

    @GetMapping("/{caseNo}")
    String view(@PathVariable String caseNo, @RequestParam(name = "token", required = false) String token,
            @RequestParam(name = "t", required = false) String legacyToken, Model model) {
        return show(caseNo, linkToken(token, legacyToken), model);
    }

    private String show(String caseNo, String token, Model model) {
        requireLink(caseNo, token);
        ClaimCustomerView claim = claims.customerView(caseNo);
        model.addAttribute("claim", claim);
        model.addAttribute("payout", claim.payout());
        model.addAttribute("evidence", claim.evidence());
        model.addAttribute("awaitsAnswer", claims.awaitsAnswer(caseNo));
        model.addAttribute("token", token);
        return "portal/claim/view";
    }

    @PostMapping("/{caseNo}/evidence")
    String addEvidence(@PathVariable String caseNo, @RequestParam(name = "token", required = false) String linkToken,
            @RequestParam(name = "t", required = false) String legacyToken,
            @RequestParam(name = "files", required = false) MultipartFile[] files, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        String token = linkToken(linkToken, legacyToken);
        requireLink(caseNo, token);
        try {
            evidence.store(caseNo, uploads(files));
        } catch (ApiProblem problem) {
            response.setStatus(problem.status().value());
            model.addAttribute("uploadError", problem.errors().isEmpty() ? problem.getMessage() : problem.errors().get(0).message());
            return show(caseNo, token, model);
        }
        return "redirect:/portal/claims/" + caseNo + "?token=" + token + "&uploaded";
    }

    @PostMapping("/{caseNo}/accept")
    String accept(@PathVariable String caseNo, @RequestParam(name = "token", required = false) String linkToken,
            @RequestParam(name = "t", required = false) String legacyToken) {
        String token = linkToken(linkToken, legacyToken);
        requireLink(caseNo, token);
        if (claims.awaitsAnswer(caseNo)) {
            claims.accept(caseNo, ConfirmationChannel.PORTAL);
        }
        return "redirect:/portal/claims/" + caseNo + "?token=" + token + "&accepted";
    }

    @PostMapping("/{caseNo}/dispute")
    String dispute(@PathVariable String caseNo, @RequestParam(name = "token", required = false) String linkToken,
            @RequestParam(name = "t", required = false) String legacyToken,
            @RequestParam(name = "reason", required = false) String reason, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        String token = linkToken(linkToken, legacyToken);
        requireLink(caseNo, token);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("disputeError", messages.get("portal.claim.dispute.reason"));
            return show(caseNo, token, model);
        }
        if (claims.awaitsAnswer(caseNo)) {
            claims.dispute(caseNo, ConfirmationChannel.PORTAL, reason.trim());
        }
        return "redirect:/portal/claims/" + caseNo + "?token=" + token + "&disputed";
    }

    /**
     * The link's token: {@code token}, as every portal link names it now (the complaint pages always
     * did); {@code t} is still read, for claim links sent before the two were aligned.
     */
    private static String linkToken(String token, String legacyToken) {
        return token != null ? token : legacyToken;
    }

    private String refuse(ClaimPortalForm form, List<FieldProblem> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("lossTypes", LossType.values());
        model.addAttribute("errors", problems);
        return "portal/claim/new";
    }

    private void requireLink(String caseNo, String token) {
        if (!links.isValid(caseNo, token)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, messages.get("portal.link.invalid"));
        }
    }

    private static List<EvidenceStore.Upload> uploads(MultipartFile[] files) {
        List<EvidenceStore.Upload> uploads = new ArrayList<>();
        if (files != null) {
            Arrays.stream(files).filter(file -> !file.isEmpty()).forEach(file -> uploads.add(
                    new EvidenceStore.Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream)));
        }
        return uploads;
    }

    /** The filing form as the browser posts it. */
    record ClaimPortalForm(String waybillNo, String customerName, String customerPhone, String customerEmail,
            LossType reportedLossType, String description) {

        static ClaimPortalForm empty() {
            return new ClaimPortalForm("", "", "", "", null, "");
        }

        List<FieldProblem> problems(Messages messages) {
            List<FieldProblem> problems = new ArrayList<>();
            if (blank(waybillNo) || waybillNo.length() > 32) {
                problems.add(new FieldProblem("waybillNo", messages.get("portal.claim.waybill.required")));
            }
            if (blank(customerName) || customerName.length() > 50) {
                problems.add(new FieldProblem("customerName", messages.get("portal.claim.name.required")));
            }
            if (blank(customerPhone) || !customerPhone.trim().matches(org.parceldesk.claim.ClaimRequest.PHONE)) {
                problems.add(new FieldProblem("customerPhone", messages.get("portal.claim.phone.required")));
            }
            if (blank(customerEmail) || !customerEmail.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                problems.add(new FieldProblem("customerEmail", messages.get("portal.claim.email.required")));
            }
            if (description != null && description.length() > 2000) {
                problems.add(new FieldProblem("description", messages.get("portal.claim.description.too-long")));
            }
            return problems;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
