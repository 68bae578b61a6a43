package org.parceldesk.reporting;

import java.util.Map;

/** Chinese names of the claim codes the reports and the dashboard group by. */
final class ClaimLabels {

    static final Map<String, String> LOSS_TYPES = labels("DELAY", "延误", "LOSS", "丢失",
            "DAMAGE_TOTAL", "全部损毁", "DAMAGE_PARTIAL", "部分损毁", "WRONG_CONTENTS", "内件不符", "SHORTAGE", "内件短少", "",
            "未核定");

    private ClaimLabels() {
    }

    /** An ordered, unmodifiable map from code/label pairs. */
    static Map<String, String> labels(String... pairs) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }
}
