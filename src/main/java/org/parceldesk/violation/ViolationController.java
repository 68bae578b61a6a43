package org.parceldesk.violation;

import org.parceldesk.common.Messages;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.parceldesk.common.ApiProblem;
import org.parceldesk.common.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

/** Violation cases: registration by inspectors, reading by everyone who may see the case. */
@RestController
@RequestMapping("/api/v1/violations")
class ViolationController {

    static final String READERS =
            "hasAnyAuthority('inspector','admin','complaint-supervisor','station-manager','courier')";
    private static final Set<ViolationSource> REGISTERED_BY_HAND = EnumSet.of(ViolationSource.MANUAL,
            ViolationSource.INSPECTION, ViolationSource.COMPLAINT, ViolationSource.CLAIM);
    private static final int MAX_PAGE_SIZE = 100;

    private final ViolationRegistration registration;
    private final ViolationRepository violations;
    private final ViolationReader.Resolver readers;

    private final Messages messages;

    ViolationController(ViolationRegistration registration, ViolationRepository violations,
            ViolationReader.Resolver readers,
            Messages messages) {
        this.messages = messages;
        this.registration = registration;
        this.violations = violations;
        this.readers = readers;
    }

    /**
     * 201 with the new case; 409 with {@code existingCaseNo} when the same courier, type and
     * waybill is registered already; 422 for an unknown or inactive courier or an unknown waybill.
     */
    @PostMapping
    @PreAuthorize("hasAnyAuthority('inspector','admin')")
    ResponseEntity<ViolationView> register(@Valid @RequestBody RegisterViolationRequest request,
            Authentication authentication) {
        if (!REGISTERED_BY_HAND.contains(request.source())) {
            throw ApiProblem.invalid("source", messages.get("violation.register.source-by-hand", REGISTERED_BY_HAND));
        }
        boolean fromCase = request.source() == ViolationSource.COMPLAINT || request.source() == ViolationSource.CLAIM;
        if (fromCase && (request.sourceCaseNo() == null || request.sourceCaseNo().isBlank())) {
            throw ApiProblem.invalid("sourceCaseNo", messages.get("violation.register.source-case-required", request.source()));
        }
        String waybill = blankToNull(request.waybillNo());
        Registration registered = registration.register(new NewViolation(request.source(), request.sourceCaseNo(),
                request.courierNo().strip(), request.type(), waybill, request.description(), request.occurredAt(),
                ViolationRegistration.dedupeKey(request.courierNo().strip(), request.type(), waybill),
                authentication.getName()));
        if (registered.duplicate()) {
            throw ApiProblem.conflict("waybillNo", messages.get("violation.duplicate",
                            request.courierNo(), waybill, request.type(), registered.caseNo()))
                    .with("existingCaseNo", registered.caseNo());
        }
        Violation violation = violations.findWithEventsByCaseNo(registered.caseNo()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/violations/" + registered.caseNo()))
                .body(ViolationView.of(violation));
    }

    /** One case: its readers and whoever was routed a task of it ({@link ViolationAccess}, the workbench's rule too). */
    @GetMapping("/{caseNo}")
    @PreAuthorize("@violationAccess.canRead(authentication, #caseNo)")
    @Transactional(readOnly = true)
    ViolationView get(@PathVariable String caseNo) {
        // a courier probing case numbers learns nothing about other couriers' cases: 403 before 404 (ViolationAccess)
        return ViolationView.of(violations.findByCaseNo(caseNo).orElseThrow(() -> ApiProblem.missing("violation.not-found", caseNo)));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    PageResponse<ViolationSummary> search(
            @RequestParam(required = false) String courierNo,
            @RequestParam(required = false) String stationCode,
            @RequestParam(required = false) ViolationStatus status,
            @RequestParam(required = false) ViolationType type,
            @RequestParam(required = false) ViolationSource source,
            @RequestParam(required = false) ViolationDecision decision,
            @RequestParam(required = false) ViolationOutcome outcome,
            @RequestParam(required = false) String waybillNo,
            @RequestParam(required = false) Instant registeredFrom,
            @RequestParam(required = false) Instant registeredTo,
            @PageableDefault(size = 20, sort = "registeredAt", direction = Sort.Direction.DESC) Pageable pageable,
            Authentication authentication) {
        ViolationReader reader = readers.of(authentication);
        if (stationCode != null && !reader.canSeeStation(stationCode)
                && !(reader.courierNo() != null && courierNo != null && courierNo.equals(reader.courierNo()))) {
            throw new AccessDeniedException("not your station");
        }
        if (courierNo != null && !reader.everything() && !courierNo.equals(reader.courierNo())
                && violationsOfOtherCourierHidden(reader, courierNo)) {
            throw new AccessDeniedException("not your courier");
        }
        if (pageable.getPageSize() > MAX_PAGE_SIZE) {
            pageable = PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE, pageable.getSort());
        }
        ViolationSearch search = new ViolationSearch(blankToNull(courierNo), blankToNull(stationCode), status, type,
                source, decision, outcome, blankToNull(waybillNo), registeredFrom, registeredTo);
        Page<Violation> page = violations.findAll(search.toSpecification().and(reader.visible()), pageable);
        return PageResponse.of(page, ViolationSummary::of);
    }

    /** A station manager may filter by a courier of their stations; a courier only by themselves. */
    private boolean violationsOfOtherCourierHidden(ViolationReader reader, String courierNo) {
        return reader.stations().isEmpty() || !readers.courierInStations(courierNo, reader.stations());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
