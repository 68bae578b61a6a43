package org.parceldesk.complaint;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mainland China phone numbers as customers type them: an 11-digit mobile number (optionally with
 * +86) or a landline with its area code (010-12345678, 0571 8765 4321). Stored as digits only so
 * that the same customer is recognised however they wrote it; shown masked by
 * {@link org.parceldesk.common.PersonalData#maskPhone}.
 */
final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private PhoneNumbers() {
    }

    /** Whether the number (as stored: digits only) is a mainland mobile number, i.e. can receive an SMS. */
    public static boolean isMobile(String digits) {
        return digits != null && MOBILE.matcher(digits).matches();
    }

    /** The number as digits only, or empty if it is neither a mainland mobile nor a landline number. */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(input.strip()).replaceAll("");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        return Optional.empty();
    }
}
