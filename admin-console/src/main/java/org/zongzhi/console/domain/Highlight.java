package org.zongzhi.console.domain;

/**
 * Search highlights come back from the API as the stored text with {@code <em>…</em>} around the hits,
 * the rest unescaped. {@link #toSafeHtml} escapes everything and lets only balanced {@code <em>} and
 * {@code </em>} through, so the result may be written into a page as markup.
 */
public final class Highlight {

    private static final String OPEN = "<em>";
    private static final String CLOSE = "</em>";

    private Highlight() {}

    /** The highlighted text as safe HTML: escaped, with only {@code <em>} kept; null gives "". */
    public static String toSafeHtml(String highlighted) {
        if (highlighted == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(highlighted.length() + 16);
        boolean open = false;
        int i = 0;
        while (i < highlighted.length()) {
            if (highlighted.startsWith(OPEN, i)) {
                if (!open) {
                    out.append(OPEN);
                    open = true;
                }
                i += OPEN.length();
            } else if (highlighted.startsWith(CLOSE, i)) {
                if (open) {
                    out.append(CLOSE);
                    open = false;
                }
                i += CLOSE.length();
            } else {
                escape(highlighted.charAt(i), out);
                i++;
            }
        }
        if (open) {
            out.append(CLOSE);
        }
        return out.toString();
    }

    /** Plain text escaped for HTML (for callers that have no highlight). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            escape(text.charAt(i), out);
        }
        return out.toString();
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
