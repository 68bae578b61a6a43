package org.parceldesk.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One report handed out: who, which report in which format, for which period and stations, when. */
@Entity
@Table(name = "report_export")
class ReportExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "exported_at", nullable = false, updatable = false)
    private Instant exportedAt;
    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;
    @Column(nullable = false, updatable = false)
    private String report;
    @Column(nullable = false, updatable = false)
    private String format;
    @Column(nullable = false, updatable = false)
    private String period;
    @Column(updatable = false)
    private String stations;
    @Column(nullable = false, updatable = false)
    private String parameters;
    @Column(nullable = false, updatable = false)
    private boolean masked;

    protected ReportExport() {
    }

    ReportExport(Instant exportedAt, String userId, String report, String format, String period, String stations,
            String parameters, boolean masked) {
        this.exportedAt = exportedAt;
        this.userId = userId;
        this.report = report;
        this.format = format;
        this.period = period;
        this.stations = stations;
        this.parameters = parameters;
        this.masked = masked;
    }

    Long getId() {
        return id;
    }

    Instant getExportedAt() {
        return exportedAt;
    }

    String getUserId() {
        return userId;
    }

    String getReport() {
        return report;
    }

    String getFormat() {
        return format;
    }

    String getPeriod() {
        return period;
    }

    String getStations() {
        return stations;
    }

    String getParameters() {
        return parameters;
    }

    boolean isMasked() {
        return masked;
    }
}
