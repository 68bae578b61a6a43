package org.parceldesk.claim;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.Messages;
import org.parceldesk.common.PageResponse;
import org.parceldesk.common.ResponsibleParty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Claims", description = "Claim compensation (理赔): payout quotes, claims, evidence")
class ClaimController {

    static final String CLAIM_STAFF = "hasAnyAuthority('claims-handler','claims-supervisor','claims-manager',"
            + "'complaint-handler','complaint-supervisor','admin')";
    /** Claim staff plus the machine users of e-commerce platforms and the 400 hotline system. */
    static final String CLAIM_INTAKE = "hasAnyAuthority('claims-handler','claims-supervisor','claims-manager',"
            + "'complaint-handler','complaint-supervisor','admin','intake-api')";

    private final ClaimService claims;
    private final ClaimQuotes quotes;
    private final ClaimRepository repository;
    private final PaymentRepository payments;
    private final ChargebackRepository chargebacks;
    private final EvidenceStore evidence;
    private final org.parceldesk.common.InputLimits limits;

    ClaimController(ClaimService claims, ClaimQuotes quotes, ClaimRepository repository, PaymentRepository payments,
            ChargebackRepository chargebacks, EvidenceStore evidence,
            org.parceldesk.common.InputLimits limits) {
        this.limits = limits;
        this.claims = claims;
        this.quotes = quotes;
        this.repository = repository;
        this.payments = payments;
        this.chargebacks = chargebacks;
        this.evidence = evidence;
    }

    @PostMapping("/quote")
    @Operation(summary = "Calculate a payout without creating a case (all facts, or waybillNo + assessment)")
    @PreAuthorize(CLAIM_STAFF)
    ClaimQuoteResponse quote(@RequestBody ClaimQuoteRequest request) {
        return ClaimQuoteResponse.of(quotes.quote(request));
    }

    @PostMapping
    @Operation(summary = "File a claim; 409 with existingCaseNo when the waybill already has its final claim")
    @PreAuthorize(CLAIM_INTAKE)
    ResponseEntity<ClaimView> create(@Valid @RequestBody ClaimRequest request, Authentication user) {
        ClaimOrigin origin = request.origin() == null ? ClaimOrigin.API : request.origin();
        if (origin == ClaimOrigin.PORTAL) {
            throw ApiProblem.invalid("origin", Messages.forReader("claim.origin.portal"));
        }
        if (origin == ClaimOrigin.COMPLAINT && request.complaintCaseNo() == null) {
            throw ApiProblem.invalid("complaintCaseNo", Messages.forReader("claim.complaint-case-required"));
        }
        limits.money("claimedAmount", request.claimedAmount());
        if (isBlank(request.customerPhone()) && isBlank(request.customerEmail())) {
            throw ApiProblem.invalid("customerPhone", Messages.forReader("claim.contact-required"));
        }
        Claim claim = claims.register(new NewClaim(origin, request.complaintCaseNo(), request.waybillNo().trim(),
                new CustomerContact(request.customerName().trim(), blankToNull(request.customerPhone()),
                        blankToNull(request.customerEmail())),
                request.description(), request.reportedLossType(), request.claimedAmount()));
        return ResponseEntity.created(URI.create("/api/v1/claims/" + claim.getCaseNo())).body(view(claim, user));
    }

    @GetMapping("/{caseNo}")
    @Operation(summary = "One claim with its assessment, payout breakdown, approvals, disputes and payment;"
            + " claim staff, and whoever was routed a task of this claim")
    @PreAuthorize("@claimAccess.canRead(authentication, #caseNo)")
    @Transactional(readOnly = true)
    ClaimView get(@PathVariable String caseNo, Authentication user) {
        return view(claims.get(caseNo), user);
    }

    @GetMapping
    @Operation(summary = "Claims, paged; filters: status, waybillNo, station, origin, lossType, responsibleParty, registered period")
    @PreAuthorize(CLAIM_STAFF)
    @Transactional(readOnly = true)
    PageResponse<ClaimView.Summary> list(
            @RequestParam(required = false) ClaimStatus status,
            @RequestParam(required = false) String waybillNo,
            @RequestParam(required = false) String station,
            @RequestParam(required = false) ClaimOrigin origin,
            @RequestParam(required = false) LossType lossType,
            @RequestParam(required = false) ResponsibleParty responsibleParty,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant registeredFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant registeredTo,
            @PageableDefault(size = 20, sort = "registeredAt", direction = Sort.Direction.DESC) Pageable pageable) {
        List<Specification<Claim>> filters = new ArrayList<>();
        equal(filters, "status", status);
        equal(filters, "waybillNo", waybillNo);
        equal(filters, "stationCode", station);
        equal(filters, "origin", origin);
        equal(filters, "lossType", lossType);
        equal(filters, "responsibleParty", responsibleParty);
        if (registeredFrom != null) {
            filters.add((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("registeredAt"), registeredFrom));
        }
        if (registeredTo != null) {
            filters.add((root, query, cb) -> cb.lessThan(root.get("registeredAt"), registeredTo));
        }
        return PageResponse.of(repository.findAll(Specification.allOf(filters), pageable), ClaimView.Summary::of);
    }

    @GetMapping("/{caseNo}/evidence/{evidenceId}")
    @Operation(summary = "Download one evidence file of a claim")
    @PreAuthorize("hasAnyAuthority('claims-handler','claims-supervisor','claims-manager','admin')")
    ResponseEntity<Resource> evidenceFile(@PathVariable String caseNo, @PathVariable long evidenceId) throws IOException {
        EvidenceStore.StoredFile file = evidence.open(caseNo, evidenceId);
        if (!Files.exists(file.path())) {
            throw ApiProblem.missing("claim.evidence.file-missing", caseNo, evidenceId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.evidence().getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.evidence().getOriginalName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file.path()));
    }

    private ClaimView view(Claim claim, Authentication user) {
        boolean showContact = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(ClaimReading.CONTACT_ROLES::contains);
        return ClaimView.of(claim, showContact, payments.findByClaimCaseNo(claim.getCaseNo()).orElse(null),
                chargebacks.findByClaimCaseNo(claim.getCaseNo()).orElse(null), evidence.list(claim.getCaseNo()));
    }

    private static <T> void equal(List<Specification<Claim>> filters, String attribute, T value) {
        if (value != null) {
            filters.add((root, query, cb) -> cb.equal(root.get(attribute), value));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.trim();
    }
}
