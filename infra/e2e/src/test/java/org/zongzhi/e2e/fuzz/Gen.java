package org.zongzhi.e2e.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generators of hostile input, all drawn from one seeded {@link Random} so that a failing run is
 * repeated exactly with {@code -Dfuzz.seed}: texts with control characters, NUL, lone surrogates, very
 * long texts, values of the wrong JSON type, nulls in lists and objects, huge numbers, malformed dates,
 * unknown enum values, extra fields, broken JSON, bad headers and bad path segments.
 */
final class Gen {

    /** A JSON fragment written as is (a lone surrogate escape, a number no type holds, broken syntax). */
    record Raw(String json) {}

    private static final String[] TEXTS = {
        "",
        " ",
        "\u0000",
        "a\u0000b",
        "\u0000\u0000\u0000",
        "\t\n\r",
        "\u0001\u0002\u0003\u001f\u007f",
        "\u0085\u009f",
        "\u2028\u2029",
        "\u202e\u200b\ufeff",
        "\uffff\ufffe",
        "😀🀄️👨‍👩‍👧",
        "𠀀𪚥",
        "null",
        "true",
        "{}",
        "[]",
        "0",
        "-1",
        "99999999999999999999999999",
        "1e400",
        "NaN",
        "UNKNOWN",
        "mediated",
        "Mediated",
        "__proto__",
        "' OR '1'='1",
        "\"; DROP TABLE cases; --",
        "<script>alert(1)</script>",
        "${jndi:ldap://localhost/x}",
        "%00",
        "%2F%2E%2E",
        "../../etc/passwd",
        "\\",
        "2026-13-45",
        "2026-02-30",
        "0000-00-00",
        "+999999999-12-31",
        "-999999999-01-01",
        "2026-1-1",
        "20260101",
        "2026-01-01T25:61:61",
        "yesterday",
        "14",
        "140404",
        "1404040010019",
        "140404001001-260101-00001-X",
        "COURT",
        "court",
        "MEDIATION",
        "楼道污水管破裂",
        "张三",
        "13800138000",
        "110101199003070011",
    };

    private final Random random;

    Gen(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** A hostile text: one of the known troublemakers, random code points of any plane, or a very long one. */
    String text() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> pick(TEXTS);
            case 4 -> codePoints(1 + random.nextInt(40), true);
            case 5 -> codePoints(1 + random.nextInt(40), false);
            case 6 -> "正常文字" + pick(TEXTS) + "正常文字";
            case 7 -> controlsInside("调解协议" + random.nextInt(1000));
            case 8 -> "长".repeat(pick(201, 501, 1001, 5001, 20_001, 100_001));
            default -> pick("x", "A", "长安", "0").repeat(1 + random.nextInt(300));
        };
    }

    /** Random code points: with surrogates (lone halves too) and every control character, or printable ones. */
    String codePoints(int count, boolean anything) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int c = switch (random.nextInt(anything ? 6 : 3)) {
                case 0 -> 0x4e00 + random.nextInt(0x5200);
                case 1 -> 0x20 + random.nextInt(0x5f);
                case 2 -> 0x10000 + random.nextInt(0x20000);
                case 3 -> random.nextInt(0x20);
                case 4 -> 0xd800 + random.nextInt(0x800);
                default -> random.nextInt(0x110000);
            };
            if (c >= 0xd800 && c <= 0xdfff) {
                out.append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private String controlsInside(String text) {
        int at = random.nextInt(text.length() + 1);
        char control = (char) (int) pick(0, 1, 8, 11, 12, 27, 31, 127, 0x9b);
        return text.substring(0, at) + control + text.substring(at);
    }

    /** A value of any JSON type, hostile more often than not. */
    Object value() {
        return switch (random.nextInt(16)) {
            case 0, 1, 2, 3, 4, 5 -> text();
            case 6 -> null;
            case 7 -> pick(true, false);
            case 8 -> number();
            case 9 ->
                new Raw(pick("1e400", "-1e400", "1E999999", "99999999999999999999999999999", "-0", "0.000000001"));
            case 10 -> listWithNulls();
            case 11 -> {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put(pick("x", "", "\u0000", "kind", "__proto__"), random.nextBoolean() ? null : text());
                yield object;
            }
            case 12 ->
                new Raw("\"" + pick("\\ud800", "\\udfff", "a\\udc00b", "\\ud83d", "\\u0000", "\\ud800\\ud800") + "\"");
            case 13 -> new ArrayList<>();
            case 14 -> nested(pick(5, 50, 600, 1200));
            default -> new LinkedHashMap<>();
        };
    }

    Object number() {
        return pick(
                0,
                -1,
                1,
                Integer.MAX_VALUE,
                Integer.MIN_VALUE,
                Long.MAX_VALUE,
                Long.MIN_VALUE,
                1.5,
                -0.5,
                1e300,
                new Raw("9223372036854775808"),
                new Raw("-2147483649"));
    }

    List<Object> listWithNulls() {
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            list.add(random.nextBoolean() ? null : value());
        }
        list.add(random.nextInt(list.size() + 1), null);
        return list;
    }

    private Object nested(int depth) {
        Object inner = random.nextBoolean() ? "x" : null;
        for (int i = 0; i < depth; i++) {
            Object element = inner == null ? 0 : inner;
            if (random.nextBoolean()) {
                List<Object> list = new ArrayList<>();
                list.add(element);
                inner = list;
            } else {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("a", element);
                inner = object;
            }
        }
        return inner;
    }

    /** A text for a query parameter's value, percent-encoded, or broken encodings a URL can carry. */
    String queryValue() {
        return switch (random.nextInt(8)) {
            case 0 -> pick("%", "%Z", "%ZZ", "%FF", "%C0%80", "%ED%A0%80", "%E4%B8", "%00", "%F4%90%80%80", "+", "%2B");
            case 1 -> pick("-1", "-2147483648", "2147483648", "99999999999999999999", "1.5", "0x10", "1e3", "", "%20");
            default -> cap(encode(text()));
        };
    }

    /** A path segment a client may send: encoded NUL or slash, braces, dots, other scripts, very long. */
    String pathSegment() {
        return switch (random.nextInt(4)) {
            case 0 ->
                pick(
                        "%00",
                        "%2F",
                        "a%2Fb",
                        "%2e%2e",
                        "..%2F..",
                        "{id}",
                        "{",
                        "}",
                        "%7B%7D",
                        "%",
                        "%ZZ",
                        "%FF",
                        "%C0%AE",
                        "%E4%B8%AD",
                        "%F0%9F%98%80",
                        ";jsessionid=1",
                        "a;b=c",
                        "%3F",
                        "%23",
                        "%5C",
                        "~",
                        "-",
                        "00000000-0000-0000-0000-000000000000",
                        "ffffffff-ffff-ffff-ffff-ffffffffffff",
                        "not-a-uuid",
                        "0",
                        "-1",
                        "99999999999999999999",
                        "2147483648");
            case 1 ->
                utf8AsLatin1(codePoints(1 + random.nextInt(5), false)
                        .replace(" ", "")
                        .replace("/", ""));
            case 2 -> cap(encode(text()).replace("+", "%20"));
            default -> pick("a", "9", "%41").repeat(pick(100, 3000, 9000));
        };
    }

    /** An Idempotency-Key header value as bytes on the wire: non-ASCII, over-long, control characters. */
    String headerValue() {
        return switch (random.nextInt(6)) {
            case 0 -> utf8AsLatin1(pick("键-ключ-κλειδί", "幂等键", "é", "😀", "\u00ff\u00fe"));
            case 1 -> "k".repeat(pick(129, 256, 1000, 7000));
            case 2 -> pick("", " ", "\u0001", "a\u0000b", "\u007f", "\t");
            case 3 -> pick("\u00e9\u00e8", "\u0080\u0081", "\u00c3\u0028");
            case 4 -> pick("{}", "\"quoted\"", "a,b", "a;b", "null", "*");
            default -> encode(text());
        };
    }

    /** The UTF-8 bytes of a text as one ISO-8859-1 character each, to send them on the wire as they are. */
    static String utf8AsLatin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * An encoded text cut to at most {@value #MAX_ENCODED} characters (never inside an escape): longer
     * addresses are refused by the HTTP server itself (414) and megabytes of them only reset the connection.
     */
    static String cap(String encoded) {
        if (encoded.length() <= MAX_ENCODED) {
            return encoded;
        }
        int end = MAX_ENCODED;
        int percent = encoded.lastIndexOf('%', end - 1);
        if (percent > end - 3) {
            end = percent;
        }
        return encoded.substring(0, end);
    }

    static final int MAX_ENCODED = 8000;

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
