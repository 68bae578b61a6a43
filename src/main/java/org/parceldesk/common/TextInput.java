package org.parceldesk.common;

/**
 * Text a client sends is refused, not silently cleaned, when it holds characters no person types
 * into a form: NUL and other control characters (tab, line feed and carriage return excepted) and
 * the Unicode bidi embedding, override and isolate controls, which make a stored text read
 * differently from what it says (e.g. in a name shown to staff or a file name). Refusing keeps what
 * is stored identical to what was sent and tells the sender which field to correct.
 */
public final class TextInput {

    private TextInput() {
    }

    /** Why the text cannot be accepted (in the reader's language), or null when it can. */
    public static String refusal(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == 0) {
                return Messages.forReader("problem.text.nul");
            }
            if (Character.isISOControl(c)) {
                return Messages.forReader("problem.text.control", String.format("%04X", (int) c));
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return Messages.forReader("problem.text.bidi", String.format("%04X", (int) c));
            }
            if (Character.isSurrogate(c) && !validSurrogatePair(text, i)) {
                return Messages.forReader("problem.text.surrogate");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return null;
    }

    private static boolean validSurrogatePair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
