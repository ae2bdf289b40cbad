package org.zongzhi.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.testsupport.Http;
import tools.jackson.databind.JsonNode;

/** Helpers of the Open311 tests: keys made through the key API, form bodies, XML read with the JDK's parser. */
final class Open311Keys {

    private Open311Keys() {}

    /** Creates a key as {@code admin} and returns the created answer ({@code key}, {@code apiKey}). */
    static JsonNode create(Api api, String admin, String channel, int perMinute) {
        Http.Response r = api.post(
                admin,
                "/api/cases/open311-keys",
                Map.of("channel", channel, "label", "测试系统 " + channel, "perMinute", perMinute));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    static String form(String... namesAndValues) {
        StringJoiner s = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            s.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    static Document xml(String text) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + text, e);
        }
    }

    static String text(Document doc, String element) {
        var nodes = doc.getElementsByTagName(element);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** Asserts the spec's JSON error list with this code. */
    static String jsonError(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode errors = r.json();
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(status);
        assertThat(errors.get(0).get("description").asString()).isNotBlank();
        return errors.get(0).get("description").asString();
    }

    /** Asserts the spec's XML error list with this code. */
    static String xmlError(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("text/xml");
        Document doc = xml(r.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(text(doc, "code")).isEqualTo(Integer.toString(status));
        return text(doc, "description");
    }
}
