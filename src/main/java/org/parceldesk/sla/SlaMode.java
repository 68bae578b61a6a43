package org.parceldesk.sla;

/** How an SLA counts time; each SLA in the configuration says which. */
public enum SlaMode {

    /** Every hour counts: 7 calendar days are 168 hours, nights, weekends and holidays included. */
    CALENDAR,

    /** Only working hours on working days count, per the {@link BusinessCalendar}. */
    BUSINESS
}
