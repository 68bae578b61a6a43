package org.parceldesk.sla;

/** Where a year of the business calendar was entered. */
public enum CalendarSource {
    /** The shipped holiday file, on the first start that found the year missing. */
    SEED,
    /** {@code PUT /api/v1/admin/calendar/{year}} with a JSON list of dates. */
    API,
    /** {@code POST /api/v1/admin/calendar/{year}/file} with a CSV file. */
    UPLOAD,
    /** The staff console's calendar page. */
    CONSOLE
}
