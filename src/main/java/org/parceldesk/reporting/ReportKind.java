package org.parceldesk.reporting;

/** The reports ParcelDesk produces; the id is the audit's and the file name's. */
enum ReportKind {
    COMPLAINTS_WEEKLY("complaints-weekly", "每周投诉汇总表"),
    CLAIMS_MONTHLY("claims-monthly", "每月理赔报表及事故原因分析"),
    VIOLATIONS_MONTHLY("violations-monthly", "每月监察奖罚明细报表"),
    KPI_MONTHLY("kpi-monthly", "网点月度考核报表"),
    SHIPMENT_ORIGINS("shipment-origins", "发货地分析报表");

    private final String id;
    private final String title;

    ReportKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }
}
