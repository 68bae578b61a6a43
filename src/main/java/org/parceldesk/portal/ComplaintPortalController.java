package org.parceldesk.portal;

import org.parceldesk.common.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.parceldesk.claim.EvidenceStore;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.FieldProblem;
import org.parceldesk.complaint.ComplaintCategory;
import org.parceldesk.complaint.ComplaintChannel;
import org.parceldesk.complaint.ComplaintCustomerInfo;
import org.parceldesk.complaint.ComplaintIntake;
import org.parceldesk.complaint.ComplaintLinks;
import org.parceldesk.complaint.ComplaintQueries;
import org.parceldesk.complaint.IntakeOutcome;
import org.parceldesk.complaint.NewComplaint;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer portal's complaint pages (no login): file a complaint (same service and rules as
 * the API, channel WEB) and follow it through the signed link of the acknowledgment e-mail.
 */
@Controller
@RequestMapping("/portal/complaints")
class ComplaintPortalController {

    static final String CLIENT = "portal";

    private final ComplaintIntake intake;
    private final ComplaintLinks links;
    private final ComplaintQueries queries;
    private final ComplaintPortalPages pages;
    private final ComplaintCustomerInfo customerInfo;

    private final Messages messages;

    ComplaintPortalController(ComplaintIntake intake, ComplaintLinks links, ComplaintQueries queries,
            ComplaintPortalPages pages, ComplaintCustomerInfo customerInfo,
            Messages messages) {
        this.messages = messages;
        this.customerInfo = customerInfo;
        this.intake = intake;
        this.links = links;
        this.queries = queries;
        this.pages = pages;
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", new ComplaintForm());
        model.addAttribute("requestId", UUID.randomUUID().toString());
        return prepare(model, Map.of());
    }

    @PostMapping
    String file(ComplaintForm form, @RequestParam String requestId, Model model, RedirectAttributes redirect,
            jakarta.servlet.http.HttpServletResponse response) {
        NewComplaint request = new NewComplaint(form.getWaybillNo(), ComplaintChannel.WEB.name(), form.getCategory(),
                form.getCustomerName(), form.getCustomerPhone(), form.getCustomerEmail(), form.getDescription());
        IntakeOutcome outcome;
        try {
            outcome = intake.file(request, requestId, CLIENT);
        } catch (ApiProblem problem) {
            // the page shows what to correct; the status tells machines (and the bad-input suite) it was refused
            response.setStatus(problem.status().value());
            if (problem.status() == HttpStatus.CONFLICT) {
                // the same form submitted twice at once: the first submission is still being filed
                model.addAttribute("form", form);
                model.addAttribute("requestId", requestId);
                return prepare(model, Map.of("form", messages.get("portal.complaint.filing")));
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem error : problem.errors()) {
                errors.merge(error.field(), error.message(), (a, b) -> a + "；" + b);
            }
            model.addAttribute("form", form);
            // a corrected form is a new request
            model.addAttribute("requestId", UUID.randomUUID().toString());
            return prepare(model, errors);
        }
        String caseNo = outcome.receipt().caseNo();
        if (!outcome.created()) {
            // joined to the open case on this waybill and category: the page names no case number, because
            // whoever types a waybill here is not yet known to be a complainant of that case; the
            // acknowledgment goes to the address the complainant gave (ComplaintMailer)
            model.addAttribute("emailGiven", form.getCustomerEmail() != null && !form.getCustomerEmail().isBlank());
            return "portal/complaint/duplicate";
        }
        redirect.addAttribute("token", links.token(caseNo, ComplaintLinks.Purpose.STATUS));
        redirect.addFlashAttribute("filed", true);
        return "redirect:/portal/complaints/" + caseNo;
    }

    @GetMapping("/{caseNo}")
    String status(@PathVariable String caseNo, @RequestParam(required = false) String token, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (!validStatusLink(caseNo, token)) {
            return ComplaintPortalPages.invalidLink(model, response, messages);
        }
        return statusPage(caseNo, token, model);
    }

    /**
     * The customer's answer to a request for information (补充信息): only while the case waits for
     * the customer; it then continues as if the handler had recorded the answer.
     */
    @PostMapping("/{caseNo}/information")
    String addInformation(@PathVariable String caseNo, @RequestParam(required = false) String token,
            @RequestParam(required = false) String information,
            @RequestParam(name = "files", required = false) MultipartFile[] files, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (!validStatusLink(caseNo, token)) {
            return ComplaintPortalPages.invalidLink(model, response, messages);
        }
        String text = information == null ? "" : information.strip();
        List<EvidenceStore.Upload> photos = uploads(files);
        if ((text.isEmpty() && photos.isEmpty()) || text.length() > ComplaintCustomerInfo.MAX_TEXT) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("information", information);
            model.addAttribute("infoError", text.isEmpty() ? messages.get("portal.complaint.info.empty")
                    : messages.get("portal.complaint.info.too-long", ComplaintCustomerInfo.MAX_TEXT));
            return statusPage(caseNo, token, model);
        }
        ComplaintCustomerInfo.Result result;
        try {
            result = customerInfo.supply(caseNo, text, photos);
        } catch (ApiProblem problem) {
            // a photo over the size limit, of another type, or too many: nothing was recorded
            response.setStatus(problem.status().value());
            model.addAttribute("information", information);
            model.addAttribute("infoError", messages.get("portal.complaint.info.photo-refused", problem.errors().isEmpty()
                    ? problem.getMessage() : problem.errors().get(0).message()));
            return statusPage(caseNo, token, model);
        }
        if (result == ComplaintCustomerInfo.Result.NOT_WAITING) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("infoRefused", messages.get("portal.complaint.info.not-waiting"));
            return statusPage(caseNo, token, model);
        }
        model.addAttribute("infoReceived", true);
        return statusPage(caseNo, token, model);
    }

    private static List<EvidenceStore.Upload> uploads(MultipartFile[] files) {
        List<EvidenceStore.Upload> uploads = new ArrayList<>();
        if (files != null) {
            Arrays.stream(files).filter(file -> !file.isEmpty()).forEach(file -> uploads.add(
                    new EvidenceStore.Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream)));
        }
        return uploads;
    }

    private boolean validStatusLink(String caseNo, String token) {
        return links.verify(token, ComplaintLinks.Purpose.STATUS).filter(caseNo::equals).isPresent();
    }

    private String statusPage(String caseNo, String token, Model model) {
        model.addAttribute("complaint", queries.publicStatus(caseNo));
        model.addAttribute("pendingInfo", customerInfo.pending(caseNo).orElse(null));
        model.addAttribute("token", token);
        model.addAttribute("fmt", pages);
        return "portal/complaint/status";
    }

    private static String prepare(Model model, Map<String, String> errors) {
        model.addAttribute("categories", Arrays.asList(ComplaintCategory.values()));
        model.addAttribute("errors", errors);
        return "portal/complaint/new";
    }

    /** The portal form's fields (a mutable bean for Thymeleaf binding). */
    public static class ComplaintForm {
        private String waybillNo;
        private String category;
        private String customerName;
        private String customerPhone;
        private String customerEmail;
        private String description;

        public String getWaybillNo() {
            return waybillNo;
        }

        public void setWaybillNo(String waybillNo) {
            this.waybillNo = waybillNo;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getCustomerName() {
            return customerName;
        }

        public void setCustomerName(String customerName) {
            this.customerName = customerName;
        }

        public String getCustomerPhone() {
            return customerPhone;
        }

        public void setCustomerPhone(String customerPhone) {
            this.customerPhone = customerPhone;
        }

        public String getCustomerEmail() {
            return customerEmail;
        }

        public void setCustomerEmail(String customerEmail) {
            this.customerEmail = customerEmail;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }
}
