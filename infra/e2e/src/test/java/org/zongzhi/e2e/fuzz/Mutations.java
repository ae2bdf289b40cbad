package org.zongzhi.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies made from a valid one by a few random changes — a field's value replaced by a hostile
 * one of any type, a field removed, an unknown field added, a null put into a list — or replaced whole by
 * something that is not the JSON the endpoint reads. Written as JSON text by hand, so that lone surrogate
 * escapes, numbers no type holds and broken syntax reach the server as sent.
 */
final class Mutations {

    private Mutations() {}

    /** The body and its content type. */
    record Body(byte[] bytes, String contentType) {}

    static Body mutate(Gen gen, Map<String, Object> valid) {
        if (gen.chance(0.12)) {
            return whole(gen);
        }
        Object body = copy(valid);
        int changes = 1 + gen.nextInt(3);
        for (int i = 0; i < changes; i++) {
            body = change(gen, body, 0);
        }
        String contentType = gen.chance(0.05)
                ? gen.pick("text/plain", "application/xml", "application/json; charset=ISO-8859-1", "*/*", "")
                : "application/json";
        return new Body(write(body, gen.chance(0.05)).getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static Body whole(Gen gen) {
        String json = gen.pick(
                "",
                "null",
                "[]",
                "[null]",
                "\"text\"",
                "0",
                "{",
                "{\"a\":",
                "{\"a\" 1}",
                "{'a': 1}",
                "{\"a\":1,\"a\":2}",
                "\u0000",
                "{\"title\":\"\u0000\"}",
                "{\"text\":\"\\ud800\",\"reason\":\"\\udfff\",\"title\":\"\\ud83d\"}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"x\":\"" + "长".repeat(1 << 19) + "\"}");
        if (gen.chance(0.1)) {
            byte[] broken = {
                '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xc3, (byte) 0x28, (byte) 0xff, '"', '}'
            };
            return new Body(broken, "application/json");
        }
        return new Body(json.getBytes(StandardCharsets.UTF_8), gen.chance(0.8) ? "application/json" : "text/plain");
    }

    @SuppressWarnings("unchecked")
    private static Object change(Gen gen, Object node, int depth) {
        if (node instanceof Map<?, ?> map && !map.isEmpty() && (depth == 0 || gen.chance(0.6))) {
            Map<String, Object> object = (Map<String, Object>) map;
            List<String> keys = new ArrayList<>(object.keySet());
            String key = gen.pick(keys);
            switch (gen.nextInt(10)) {
                case 0 -> object.remove(key);
                case 1 ->
                    object.put(gen.pick("extra", "kind", "id", "tenant", "holderCenter", "", "\u0000"), gen.value());
                case 2, 3 -> object.put(key, change(gen, object.get(key), depth + 1));
                default -> object.put(key, gen.value());
            }
            return object;
        }
        if (node instanceof List<?> list && !list.isEmpty() && gen.chance(0.7)) {
            List<Object> items = (List<Object>) list;
            int at = gen.nextInt(items.size());
            switch (gen.nextInt(4)) {
                case 0 -> items.add(gen.nextInt(items.size() + 1), null);
                case 1 -> items.set(at, change(gen, items.get(at), depth + 1));
                default -> items.set(at, gen.value());
            }
            return items;
        }
        return gen.value();
    }

    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, copy(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(copy(v)));
            return out;
        }
        return value;
    }

    /** JSON text; with {@code rawControls} control characters go unescaped (not JSON: the parser must refuse it). */
    static String write(Object value, boolean rawControls) {
        StringBuilder out = new StringBuilder();
        write(out, value, rawControls);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, boolean rawControls) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Gen.Raw raw) {
            out.append(raw.json());
        } else if (value instanceof String text) {
            string(out, text, rawControls);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, String.valueOf(e.getKey()), rawControls);
                out.append(':');
                write(out, e.getValue(), rawControls);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i), rawControls);
            }
            out.append(']');
        } else {
            string(out, value.toString(), rawControls);
        }
    }

    private static void string(StringBuilder out, String text, boolean rawControls) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 && !rawControls) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    out.append(c).append(text.charAt(++i));
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
