package org.parceldesk.security;

/**
 * The roles of ParcelDesk as Camunda groups; the id is what candidate groups and authorities name. The
 * names ("中文 English") are data written once into Camunda's group table and shown by Camunda Admin as
 * stored, so they stay here rather than in the message bundles (docs/messages.md).
 */
public enum StaffGroup {
    COMPLAINT_HANDLER("complaint-handler", "客服专员 Complaint handler"),
    COMPLAINT_SUPERVISOR("complaint-supervisor", "客服主管 Complaint supervisor"),
    CLAIMS_HANDLER("claims-handler", "理赔专员 Claims handler"),
    CLAIMS_SUPERVISOR("claims-supervisor", "理赔主管 Claims supervisor"),
    CLAIMS_MANAGER("claims-manager", "理赔经理 Claims manager"),
    INSPECTOR("inspector", "监察专员 Inspector"),
    STATION_MANAGER("station-manager", "网点负责人 Station manager"),
    COURIER("courier", "快递员 Courier"),
    PROCESS_DESIGNER("process-designer", "流程设计 Process designer"),
    ADMIN("admin", "系统管理员 Administrator"),
    /** Machine users: e-commerce platforms and the 400 hotline system filing complaints and claims. */
    INTAKE_API("intake-api", "接口接入 Intake API");

    private final String id;
    private final String displayName;

    StaffGroup(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
