package org.parceldesk.reporting;

/**
 * The reports ParcelDesk produces; the id is the audit's and the file name's, the title (the
 * company's name of the report) is in the message bundles.
 */
enum ReportKind {
    COMPLAINTS_WEEKLY("complaints-weekly", "report.complaints-weekly.title"),
    CLAIMS_MONTHLY("claims-monthly", "report.claims-monthly.title"),
    VIOLATIONS_MONTHLY("violations-monthly", "report.violations-monthly.title"),
    KPI_MONTHLY("kpi-monthly", "report.kpi-monthly.title"),
    SHIPMENT_ORIGINS("shipment-origins", "report.shipment-origins.title");

    private final String id;
    private final String titleKey;

    ReportKind(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    String id() {
        return id;
    }

    String title(ReportTexts texts) {
        return texts.get(titleKey);
    }
}
