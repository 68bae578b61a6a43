package org.parceldesk.reporting;

import org.parceldesk.common.Messages;
import java.time.Instant;
import org.parceldesk.common.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit of report exports, newest first, for administrators. */
@RestController
class ReportExportAdminController {

    private static final int MAX_PAGE_SIZE = 200;

    private final ReportExportRepository exports;

    ReportExportAdminController(ReportExportRepository exports) {
        this.exports = exports;
    }

    record ReportExportView(long id, Instant exportedAt, String userId, String report, String format, String period,
            String stations, String parameters, boolean masked) {

        static ReportExportView of(ReportExport e) {
            return new ReportExportView(e.getId(), e.getExportedAt(), e.getUserId(), e.getReport(), e.getFormat(),
                    e.getPeriod(), e.getStations(), e.getParameters(), e.isMasked());
        }
    }

    @GetMapping("/api/v1/admin/report-exports")
    @PreAuthorize("hasAuthority('admin')")
    @Transactional(readOnly = true)
    PageResponse<ReportExportView> list(@RequestParam(required = false) String userId,
            @RequestParam(required = false) String report, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw org.parceldesk.common.ApiProblem.invalid("page", Messages.forReader("report.problem.page-negative"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw org.parceldesk.common.ApiProblem.invalid("size",
                    Messages.forReader("report.problem.page-size", MAX_PAGE_SIZE));
        }
        Specification<ReportExport> where = (root, query, cb) -> cb.conjunction();
        if (userId != null && !userId.isBlank()) {
            where = where.and((root, query, cb) -> cb.equal(root.get("userId"), userId.strip()));
        }
        if (report != null && !report.isBlank()) {
            where = where.and((root, query, cb) -> cb.equal(root.get("report"), report.strip()));
        }
        return PageResponse.of(exports.findAll(where, PageRequest.of(page, size,
                Sort.by(Sort.Direction.DESC, "exportedAt", "id"))), ReportExportView::of);
    }
}
