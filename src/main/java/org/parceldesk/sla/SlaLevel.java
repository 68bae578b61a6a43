package org.parceldesk.sla;

import java.util.Arrays;
import java.util.Locale;

/** How far an SLA clock has run: past its warning point, or past its due time. */
enum SlaLevel {

    /** The warning fraction of the SLA (75 % by default) has been used. */
    WARNING("sla-warning"),

    /** The SLA is breached: its due time has passed while the clock was running. */
    BREACH("sla-breach");

    private final String template;

    SlaLevel(String template) {
        this.template = template;
    }

    /** The mail template that tells people about an event of this level. */
    public String template() {
        return template;
    }

    /**
     * Reads the level a process model names, e.g. the {@code level} input parameter of the
     * escalation task.
     *
     * @throws IllegalArgumentException naming the accepted values, for a designer to correct the model
     */
    public static SlaLevel parse(String text) {
        if (text != null) {
            String wanted = text.strip().toUpperCase(Locale.ROOT);
            for (SlaLevel level : values()) {
                if (level.name().equals(wanted)) {
                    return level;
                }
            }
        }
        throw new IllegalArgumentException(
                "Unknown SLA level '" + text + "', expected one of " + Arrays.toString(values()));
    }
}
