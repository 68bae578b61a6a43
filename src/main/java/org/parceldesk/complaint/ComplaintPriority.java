package org.parceldesk.complaint;

/** HIGH for REGULATOR complaints and repeat complainants; it becomes the Tasklist task priority. */
public enum ComplaintPriority {
    NORMAL("普通"),
    HIGH("高");

    private final String label;

    ComplaintPriority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
