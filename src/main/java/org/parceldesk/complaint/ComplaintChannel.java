package org.parceldesk.complaint;

/** How a complaint reached ParcelDesk. REGULATOR (申诉 forwarded by the postal administration) has its own SLAs. */
public enum ComplaintChannel {
    PHONE("400热线"),
    WEB("网站自助"),
    API("电商平台接口"),
    EMAIL("电子邮件"),
    REGULATOR("邮政管理部门转办");

    private final String label;

    ComplaintChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
