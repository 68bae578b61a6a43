package org.parceldesk.complaint;

import org.parceldesk.common.EnumLabels;

/** HIGH for REGULATOR complaints and repeat complainants; it becomes the Tasklist task priority. */
public enum ComplaintPriority {
    NORMAL,
    HIGH;

    /**
     * The Chinese label ({@code enum.ComplaintPriority.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }
}
