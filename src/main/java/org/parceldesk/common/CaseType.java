package org.parceldesk.common;

/** The three kinds of case and the prefix of their case numbers. */
public enum CaseType {
    COMPLAINT("TS"),
    CLAIM("LP"),
    VIOLATION("WG");

    private final String prefix;

    CaseType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
