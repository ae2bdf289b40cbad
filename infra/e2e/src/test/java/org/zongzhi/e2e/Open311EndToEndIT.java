package org.zongzhi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An outside channel speaks Open311 GeoReport v2 to the platform through the gateway, as a client the
 * project did not write would: no Open311 client library exists on Maven Central or npm, so this is a
 * generic one — the JDK's HTTP client, form-encoded posts, XML read with the JDK's DOM parser, nothing of
 * the platform's own code or fixtures. 长安's admin gives the 12345 hotline a key; the hotline finds the
 * endpoint in discovery, posts a request, gets the case code back and reads the request's status while
 * the staff accept, escalate, handle and close the case through the normal API; a wrong key gets the
 * spec's 403.
 */
class Open311EndToEndIT {

    private static final String CHANGAN = "140404001001";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String gateway;

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    /** The hotline's side: plain HTTP, sending again while the answer is a 429 (for up to a minute). */
    private static HttpResponse<String> call(HttpRequest.Builder request) {
        return Patience.until(
                () -> {
                    try {
                        return CLIENT.send(
                                request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                    } catch (java.io.IOException | InterruptedException e) {
                        throw new IllegalStateException("the gateway did not answer: " + e, e);
                    }
                },
                response -> response.statusCode() != 429,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return call(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((k, v) -> form.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return call(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private static Document xml(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static String first(Document doc, String element) {
        return doc.getElementsByTagName(element).item(0).getTextContent();
    }

    /** The request as the hotline reads it, in XML: {status, status_notes}. */
    private static String[] status(String endpoint, String key, String code) throws Exception {
        HttpResponse<String> r =
                get(endpoint + "/requests/" + code + ".xml?jurisdiction_id=" + CHANGAN + "&api_key=" + key);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Document doc = xml(r.body());
        return new String[] {first(doc, "status"), first(doc, "status_notes")};
    }

    private static JsonNode act(String user, String caseId, String action, Object body) {
        Http.Response r = Http.postJson(
                gateway + "/api/cases/" + caseId + "/" + action,
                Tokens.of(user),
                body == null ? "{}" : Http.json(body));
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theHotlinePostsARequestAndFollowsItsStatusAsTheCaseMoves() throws Exception {
        Http.Response created = Http.postJson(
                gateway + "/api/cases/open311-keys",
                Tokens.of("changan.admin"),
                Http.json(Map.of("channel", "HOTLINE_12345", "label", "12345热线平台（端到端测试）", "perMinute", 120)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String key = created.json().get("apiKey").asString();

        Document discovery = xml(get(gateway + "/open311/v2/discovery.xml").body());
        String endpoint = first(discovery, "url");
        assertThat(endpoint).isEqualTo(gateway + "/open311/v2");
        HttpResponse<String> services = get(endpoint + "/services.xml?jurisdiction_id=" + CHANGAN);
        assertThat(services.body())
                .contains("<service_code>HAZARD</service_code>")
                .doesNotContain("SCHOOL_BULLYING");

        String marker = "E2E311-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> posted = post(
                endpoint + "/requests.json",
                Map.of(
                        "api_key", key,
                        "jurisdiction_id", CHANGAN,
                        "service_code", "HAZARD",
                        "address_string", "长安社区5号楼东侧",
                        "description", "井盖缺失，夜间有行人跌落危险 " + marker,
                        "last_name", "李",
                        "first_name", "四",
                        "phone", "13923456789",
                        "attribute[PEOPLE_INVOLVED]", "3",
                        "request_id", marker));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String code =
                JSON.readTree(posted.body()).get(0).get("service_request_id").asString();
        assertThat(code).matches("140404001001-\\d{6}-\\d{5}-[0-9X]");

        assertThat(status(endpoint, key, code)).containsExactly("open", "已收到诉求，等待综治中心受理。");

        String id = Http.get(gateway + "/api/cases/by-code/" + code, Tokens.of("changan.admin"))
                .json()
                .get("id")
                .asString();
        act("changan.admin", id, "file", Map.of("note", "属安全隐患"));
        assertThat(status(endpoint, key, code)).containsExactly("open", "综治中心已受理，正在安排办理。");

        act("changan.admin", id, "escalate", Map.of("reason", "需街道协调市政维修"));
        assertThat(status(endpoint, key, code)).containsExactly("open", "正在移交上级或其他综治中心办理。");
        act("handian.admin", id, "transfer/accept", null);
        JsonNode assigned = act("handian.admin", id, "assignments", Map.of("department", "HOUSING", "note", "市政维修"));
        String task = assigned.get("tasks").get(0).get("id").asString();
        act("handian.admin", id, "tasks/" + task + "/accept", null);
        act("handian.admin", id, "feedback", Map.of("result", "已补装井盖"));
        act("handian.admin", id, "close", Map.of("kind", "HANDLED", "summary", "井盖已补装，现场已恢复"));

        assertThat(status(endpoint, key, code)).containsExactly("closed", "已办结。");
        HttpResponse<String> list = get(endpoint + "/requests.json?jurisdiction_id=" + CHANGAN + "&api_key=" + key
                + "&status=closed&service_code=HAZARD");
        assertThat(list.body()).contains(code).doesNotContain("李四", "13923456789", "市政维修", "已补装井盖");
        JsonNode one = JSON.readTree(list.body()).get(0);
        assertThat(one.get("agency_responsible").asString()).isEqualTo("140404001");

        HttpResponse<String> replay = post(
                endpoint + "/requests.json",
                Map.of(
                        "api_key", key,
                        "jurisdiction_id", CHANGAN,
                        "service_code", "HAZARD",
                        "address_string", "长安社区5号楼东侧",
                        "description", "井盖缺失，夜间有行人跌落危险 " + marker,
                        "last_name", "李",
                        "first_name", "四",
                        "phone", "13923456789",
                        "attribute[PEOPLE_INVOLVED]", "3",
                        "request_id", marker));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains(code);
    }

    @Test
    void aWrongKeyGetsTheSpecs403AndAMissingEndpointItsOwn404() throws Exception {
        HttpResponse<String> wrong = post(
                gateway + "/open311/v2/requests.xml",
                Map.of(
                        "api_key", "o311_aaaaaaaaaa_" + "b".repeat(32),
                        "jurisdiction_id", CHANGAN,
                        "service_code", "HAZARD",
                        "address_string", "长安社区",
                        "description", "测试"));
        HttpResponse<String> missing = get(gateway + "/open311/v2/nothing.json");

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        Document errors = xml(wrong.body());
        assertThat(errors.getDocumentElement().getNodeName()).isEqualTo("errors");
        assertThat(first(errors, "code")).isEqualTo("403");
        assertThat(first(errors, "description")).contains("api_key");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).startsWith("[{\"code\":404,");
    }
}
