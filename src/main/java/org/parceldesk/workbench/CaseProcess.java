package org.parceldesk.workbench;

import java.util.Arrays;
import java.util.Optional;

/** The three case processes the workbench lists, their case-number prefix and labels. */
enum CaseProcess {
    COMPLAINT("complaint", "TS", "投诉", "Complaint"),
    CLAIM("claim-compensation", "LP", "理赔", "Claim"),
    VIOLATION("courier-violation", "WG", "违规", "Violation");

    public final String key;
    public final String prefix;
    public final String chinese;
    public final String english;

    CaseProcess(String key, String prefix, String chinese, String english) {
        this.key = key;
        this.prefix = prefix;
        this.chinese = chinese;
        this.english = english;
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

    String label(boolean english) {
        return english ? this.english : chinese;
    }
}
