package org.parceldesk.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parceldesk.common.EnumLabels;
import org.parceldesk.common.Messages;
import org.parceldesk.common.ResponsibleParty;
import org.springframework.context.MessageSource;

/**
 * The texts of the reports and the dashboard in one language (keys {@code report.*} in the message
 * bundles): titles, figure and column names, and the labels of the codes they group by. A report is
 * written in one language from its title to its last label: the one its caller chose (docs/reports.md,
 * "Language").
 */
record ReportTexts(MessageSource source, Locale locale) {

    /** Loss types in report order; "" (not assessed yet) last. */
    static final List<String> LOSS_TYPES = List.of("DELAY", "LOSS", "DAMAGE_TOTAL", "DAMAGE_PARTIAL", "WRONG_CONTENTS",
            "SHORTAGE", "");

    String get(String key, Object... args) {
        return source.getMessage(key, args, locale);
    }

    /** The label of a code with a label of its own ({@link EnumLabels}: {@code enum.<Type>.<CONSTANT>}). */
    String label(Enum<?> code) {
        return source.getMessage(EnumLabels.key(code), null, locale);
    }

    /** A figure labelled with the text of {@code labelKey}. */
    Figure figure(String key, String labelKey, Object value) {
        return Figure.of(key, get(labelKey), value);
    }

    /** A figure the data has no source for: labelled by {@code labelKey}, the reason is {@code <labelKey>.absent}. */
    Figure absent(String key, String labelKey) {
        return Figure.absent(key, get(labelKey), get(labelKey + ".absent"));
    }

    /**
     * Codes and their labels in the order given, from keys {@code <prefix><CODE>}; the empty code (not
     * recorded yet) from {@code <prefix>unset}.
     */
    Map<String, String> labels(String prefix, List<String> codes) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : codes) {
            labels.put(code, get(prefix + (code.isEmpty() ? "unset" : code)));
        }
        return Collections.unmodifiableMap(labels);
    }

    /** Every responsible party, then "" (not determined yet). */
    Map<String, String> responsibleParties() {
        List<String> codes = new ArrayList<>();
        for (ResponsibleParty party : ResponsibleParty.values()) {
            codes.add(party.name());
        }
        codes.add("");
        return labels("report.party.", codes);
    }

    Map<String, String> lossTypes() {
        return labels("report.loss-type.", LOSS_TYPES);
    }
}
