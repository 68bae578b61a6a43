package org.parceldesk.violation;

/** Who approves a penalty: the courier's station manager always, a complaint supervisor above the limits. */
public enum ApprovalLevel {
    STATION_MANAGER("网点负责人"),
    SUPERVISOR("客服主管");

    private final String label;

    ApprovalLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
