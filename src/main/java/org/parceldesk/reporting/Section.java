package org.parceldesk.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A breakdown table of a report: a JSON array of objects (keys from the columns), a block of the CSV
 * file and a sheet of the workbook, all three from the same rows.
 */
record Section(String key, String title, List<Column> columns, List<List<Object>> rows) {

    /** A column: its JSON key and its Chinese header (English in docs/reports.md). */
    record Column(String key, String header) {
    }

    static Builder builder(String key, String title) {
        return new Builder(key, title);
    }

    static final class Builder {
        private final String key;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String key, String title) {
            this.key = key;
            this.title = title;
        }

        Builder column(String key, String header) {
            columns.add(new Column(key, header));
            return this;
        }

        Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(key + ": " + values.length + " values for " + columns.size() + " columns");
            }
            rows.add(java.util.Arrays.asList(values));
            return this;
        }

        Section build() {
            return new Section(key, title, List.copyOf(columns), List.copyOf(rows));
        }
    }
}
