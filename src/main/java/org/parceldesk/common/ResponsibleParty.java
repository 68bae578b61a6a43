package org.parceldesk.common;

/** Who caused a problem, as found by an investigation or a claim assessment. */
public enum ResponsibleParty {
    COURIER,
    STATION,
    SORTING_CENTER,
    LINEHAUL,
    CUSTOMER,
    FORCE_MAJEURE,
    NONE
}
