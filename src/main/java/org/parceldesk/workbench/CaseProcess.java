package org.parceldesk.workbench;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three case processes the workbench lists and their case-number prefix; their names are the bundles'
 * {@code workbench.process.<CONSTANT>} ({@link WorkbenchLabels#process}).
 */
enum CaseProcess {
    COMPLAINT("complaint", "TS"),
    CLAIM("claim-compensation", "LP"),
    VIOLATION("courier-violation", "WG");

    public final String key;
    public final String prefix;

    CaseProcess(String key, String prefix) {
        this.key = key;
        this.prefix = prefix;
    }

    static Optional<CaseProcess> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The case type a case number names (TS…, LP…, WG…). */
    static Optional<CaseProcess> ofCaseNo(String caseNo) {
        if (caseNo == null) {
            return Optional.empty();
        }
        String upper = caseNo.strip().toUpperCase();
        return Arrays.stream(values()).filter(p -> upper.startsWith(p.prefix)).findFirst();
    }
}
