package io.rectify.eventsourcing.http;

/**
 * What text the API takes: no control characters but tab, line feed and carriage return (PostgreSQL
 * cannot store a NUL, and terminal escapes in a record are an attack on whoever reads it), and no
 * lone surrogate (it is no character and cannot be written as UTF-8).
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text is refused, or null when it is fine. */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate (U+" + String.format("%04X", (int) c) + "), which is no character";
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return "contains the control character U+" + String.format("%04X", (int) c)
                        + "; only tab and line breaks are allowed";
            }
        }
        return null;
    }
}
