package org.parceldesk.common;

/**
 * How personal data is shown to people without need-to-know (快递市场管理办法 2023 art. 35): the one
 * place that masks phone numbers and names, for every feature.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /**
     * First three and last four characters visible: {@code 13800135678 → 138****5678},
     * {@code 010-12345678 → 010****5678}. Seven characters or fewer are masked entirely; {@code null}
     * stays {@code null} (no phone given).
     */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** A name with everything but the first character masked: {@code 张小明 → 张**}, {@code 李 → 李*}. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String stripped = name.strip();
        int first = stripped.offsetByCodePoints(0, 1);
        return stripped.substring(0, first) + "*".repeat(Math.max(1, stripped.codePointCount(first, stripped.length())));
    }
}
