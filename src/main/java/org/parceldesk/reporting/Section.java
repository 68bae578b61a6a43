package org.parceldesk.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * A breakdown table of a report: a JSON array of objects (keys from the columns), a block of the CSV
 * file and a sheet of the workbook, all three from the same rows.
 */
record Section(String key, String title, List<Column> columns, List<List<Object>> rows) {

    /** A column: its JSON key and its header in the report's language (message bundles, keys {@code report.column.*}). */
    record Column(String key, String header) {
    }

    /** A section whose title is the text of {@code titleKey} in the report's language. */
    static Builder builder(ReportTexts texts, String key, String titleKey) {
        return new Builder(texts, key, texts.get(titleKey));
    }

    static final class Builder {
        private final ReportTexts texts;
        private final String key;
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(ReportTexts texts, String key, String title) {
            this.texts = texts;
            this.key = key;
            this.title = title;
        }

        /** A column headed by the text of {@code headerKey}. */
        Builder column(String key, String headerKey) {
            columns.add(new Column(key, texts.get(headerKey)));
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
