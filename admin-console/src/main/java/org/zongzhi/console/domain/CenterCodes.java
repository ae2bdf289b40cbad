package org.zongzhi.console.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Division codes inside a line of text (a timeline summary says "140404 向 140404001 发出督办单"), so a page
 * can show the centers' names instead. A code is 2, 4, 6, 9 or 12 digits standing on its own.
 */
public final class CenterCodes {

    private static final Pattern CODE = Pattern.compile("(?<![\\d-])(\\d{12}|\\d{9}|\\d{6}|\\d{4}|\\d{2})(?![\\d-])");

    private CenterCodes() {}

    /**
     * The codes the text mentions, in order. Two- and four-digit numbers are codes only as the province or
     * city above a longer code in the same text ("14、1404、140404"), never a time or a count.
     */
    public static Set<String> in(Object text) {
        Set<String> found = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = CODE.matcher(text.toString());
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : found) {
            if (code.length() >= 6 || found.stream().anyMatch(c -> c.length() >= 6 && c.startsWith(code))) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The text with every code that has a name replaced by that name. */
    public static String named(Object text, Map<String, String> names) {
        if (text == null) {
            return "";
        }
        Set<String> codes = in(text);
        Matcher m = CODE.matcher(text.toString());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = names == null || !codes.contains(m.group(1)) ? null : names.get(m.group(1));
            m.appendReplacement(
                    out, Matcher.quoteReplacement(name == null || name.equals(m.group(1)) ? m.group(1) : name));
        }
        m.appendTail(out);
        return out.toString();
    }
}
