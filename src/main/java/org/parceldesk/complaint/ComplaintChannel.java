package org.parceldesk.complaint;

import org.parceldesk.common.EnumLabels;

/** How a complaint reached ParcelDesk. REGULATOR (申诉 forwarded by the postal administration) has its own SLAs. */
public enum ComplaintChannel {
    PHONE,
    WEB,
    API,
    EMAIL,
    REGULATOR;

    /**
     * The Chinese label ({@code enum.ComplaintChannel.<CONSTANT>} in the bundles); {@code Messages.label}
     * gives the reader's language.
     */
    public String label() {
        return EnumLabels.chinese(this);
    }
}
