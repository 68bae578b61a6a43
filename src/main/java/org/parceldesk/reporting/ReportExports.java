package org.parceldesk.reporting;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit of report exports. The row is written, in a short transaction of its own, after the
 * report's read-only transaction has ended and before the file is handed out: a request holds one
 * connection at a time, and no report leaves unaudited.
 */
@Service
class ReportExports {

    private static final int MAX_PARAMETERS = 1000;

    private final ReportExportRepository exports;
    private final Clock clock;

    ReportExports(ReportExportRepository exports, Clock clock) {
        this.exports = exports;
        this.clock = clock;
    }

    @Transactional
    public ReportExport record(Report report, ReportFormat format, String userId, Map<String, String> parameters) {
        String text = parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        if (text.length() > MAX_PARAMETERS) {
            text = text.substring(0, MAX_PARAMETERS);
        }
        return exports.save(new ReportExport(clock.instant(), userId, report.kind().id(), format.extension(),
                report.period().label(), report.stations().isEmpty() ? null : String.join(",", report.stations()),
                text, report.masked()));
    }
}
