package org.zongzhi.cases.open311.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * One GeoReport answer in both of the spec's formats. The body is built of maps (in field order), values
 * and {@link Many} lists: JSON writes a list as an array, XML as an element per item named as the spec
 * names it ({@code <services><service>…}), a null as an empty element.
 */
record GeoDocument(String root, Object body) {

    static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);
    static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    /** A list whose items are written as {@code <element>} in XML. */
    record Many(String element, List<?> items) {}

    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    ResponseEntity.BodyBuilder headers(ResponseEntity.BodyBuilder builder, String format) {
        return builder.contentType("xml".equals(format) ? XML : JSON);
    }

    byte[] render(String format, JsonMapper json) {
        return "xml".equals(format) ? xml() : json.writeValueAsBytes(plain(body));
    }

    ResponseEntity<byte[]> answer(ResponseEntity.BodyBuilder builder, String format, JsonMapper json) {
        return headers(builder, format).body(render(format, json));
    }

    private static Object plain(Object value) {
        if (value instanceof Many many) {
            return many.items().stream().map(GeoDocument::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GeoDocument::plain).toList();
        }
        return value;
    }

    private byte[] xml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            write(w, root, body);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the XML answer", e);
        }
        return out.toByteArray();
    }

    private static void write(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Many many) {
            for (Object item : many.items()) {
                write(w, many.element(), item);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                write(w, String.valueOf(e.getKey()), e.getValue());
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                write(w, name.endsWith("s") ? name.substring(0, name.length() - 1) : "item", item);
            }
        } else {
            w.writeCharacters(clean(String.valueOf(value)));
        }
        w.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry (control characters a client sent) are dropped, not written. */
    private static String clean(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000) {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }
}
