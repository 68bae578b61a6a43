package org.parceldesk.reporting;

/**
 * One figure of a report's summary: a stable key (JSON), its label in the report's language (CSV and XLSX), the
 * value (a number, text, or {@code null} when the data has no source for it) and, for an absent
 * figure, why it is absent.
 */
record Figure(String key, String label, Object value, String absentReason) {

    static Figure of(String key, String label, Object value) {
        return new Figure(key, label, value, null);
    }

    static Figure absent(String key, String label, String reason) {
        return new Figure(key, label, null, reason);
    }

    boolean isAbsent() {
        return absentReason != null;
    }
}
