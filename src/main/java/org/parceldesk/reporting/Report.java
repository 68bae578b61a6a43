package org.parceldesk.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A report as data, before it is written as JSON, CSV or XLSX: every format shows the same
 * figures and rows, so that a number never differs between them.
 *
 * @param stations the stations it is limited to, or empty for all
 * @param locale the language its labels were written in; the files' headings follow it
 */
record Report(ReportKind kind, ReportPeriod period, List<String> stations, Instant generatedAt, boolean masked,
        List<Figure> summary, List<Section> sections, Locale locale) {
}
