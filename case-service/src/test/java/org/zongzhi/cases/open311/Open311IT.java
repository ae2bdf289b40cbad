package org.zongzhi.cases.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.cases.open311.Open311Keys.form;
import static org.zongzhi.cases.open311.Open311Keys.jsonError;
import static org.zongzhi.cases.open311.Open311Keys.text;
import static org.zongzhi.cases.open311.Open311Keys.xml;
import static org.zongzhi.cases.open311.Open311Keys.xmlError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.dispute.domain.CaseCode;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.testsupport.Http;
import tools.jackson.databind.JsonNode;

/**
 * GeoReport v2 as an outside channel sees it, with the spec's own example requests and answers
 * (wiki.open311.org/GeoReport_v2: the sinkhole request with its attributes and contact fields, the
 * service list and definition, the request list) recreated with the platform's codes, in JSON and XML.
 */
@CaseServiceIT
class Open311IT {

    private static final String CHANGAN = "140404001001";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.redis.core.StringRedisTemplate redis;

    Api api;
    String base;
    String key;

    @BeforeEach
    void aHotlineKeyOfChangan() {
        api = new Api(port);
        base = "http://localhost:" + port + "/open311/v2";
        key = Open311Keys.create(api, "changan.admin", "HOTLINE_12345", 600)
                .get("apiKey")
                .asString();
    }

    /** The spec's sample POST, with our service code, a valid phone and a Chinese description. */
    private String sinkhole(String marker, String... more) {
        List<String> fields = new ArrayList<>(List.of(
                "api_key", key,
                "jurisdiction_id", CHANGAN,
                "service_code", "HAZARD",
                "lat", "36.0594",
                "long", "113.0522",
                "address_string", "长安社区3号楼北侧",
                "email", "smith@example.com",
                "device_id", "tt222111",
                "account_id", "123456",
                "first_name", "三",
                "last_name", "张",
                "phone", "13912345678",
                "description", "路面塌陷形成大坑，车辆无法通行 " + marker,
                "media_url", "http://example.com/images/1234.jpg",
                "attribute[PEOPLE_INVOLVED]", "12",
                "attribute[ESCALATION_RISK]", "no"));
        fields.addAll(List.of(more));
        return form(fields.toArray(String[]::new));
    }

    private String marker() {
        return "O311-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void discoveryNamesTheEndpointInBothFormats() {
        Http.Response json = Http.get(base + "/discovery.json", null);
        Http.Response xmlAnswer = Http.get(base + "/discovery.xml", null);

        assertThat(json.status()).as(json.body()).isEqualTo(200);
        JsonNode endpoint = json.json().get("endpoints").get(0);
        assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asString()).endsWith("/open311/v2");
        assertThat(endpoint.get("formats").toString()).contains("text/xml", "application/json");
        Document doc = xml(xmlAnswer.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("discovery");
        assertThat(doc.getElementsByTagName("format").getLength()).isEqualTo(2);
    }

    @Test
    void theServiceListHasThePublicCategoriesOnlyWithTheSpecsFields() {
        Http.Response json = Http.get(base + "/services.json?jurisdiction_id=" + CHANGAN, null);
        Http.Response xmlAnswer = Http.get(base + "/services.xml", null);

        assertThat(json.status()).as(json.body()).isEqualTo(200);
        List<String> codes = json.json().findValuesAsString("service_code");
        assertThat(codes).contains("NEIGHBOURS", "HAZARD", "PROPERTY_MANAGEMENT");
        assertThat(codes).doesNotContain("SCHOOL_BULLYING", "MARRIAGE_FAMILY", "WAGE_ARREARS");
        assertThat(json.body()).doesNotContain("校园欺凌", "婚姻家庭", "欠薪");
        JsonNode first = json.json().get(0);
        assertThat(first.propertyNames())
                .containsExactly(
                        "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
        assertThat(first.get("metadata").asBoolean()).isTrue();
        assertThat(first.get("type").asString()).isEqualTo("realtime");

        Document doc = xml(xmlAnswer.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("services");
        assertThat(doc.getElementsByTagName("service").getLength()).isEqualTo(codes.size());
        assertThat(xmlAnswer.body()).doesNotContain("SCHOOL_BULLYING", "MARRIAGE_FAMILY", "WAGE_ARREARS");
    }

    @Test
    void aServiceDefinitionListsItsAttributesAndSensitiveOnesDoNotExist() {
        Http.Response json = Http.get(base + "/services/NEIGHBOURS.json", null);
        Http.Response xmlAnswer = Http.get(base + "/services/NEIGHBOURS.xml", null);

        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().get("service_code").asString()).isEqualTo("NEIGHBOURS");
        JsonNode people = json.json().get("attributes").get(0);
        assertThat(people.get("code").asString()).isEqualTo("PEOPLE_INVOLVED");
        assertThat(people.get("datatype").asString()).isEqualTo("number");
        assertThat(people.get("variable").asBoolean()).isTrue();
        JsonNode risk = json.json().get("attributes").get(1);
        assertThat(risk.get("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(risk.get("values").findValuesAsString("key")).containsExactly("yes", "no");
        Document doc = xml(xmlAnswer.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("service_definition");
        assertThat(doc.getElementsByTagName("attribute").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("value").getLength()).isEqualTo(4);

        jsonError(Http.get(base + "/services/SCHOOL_BULLYING.json", null), 404);
        jsonError(Http.get(base + "/services/MARRIAGE_FAMILY.json", null), 404);
        xmlError(Http.get(base + "/services/WAGE_ARREARS.xml", null), 404);
    }

    @Test
    void aPostedRequestBecomesACaseOfTheKeysChannelAtItsCenter() {
        String marker = marker();
        Http.Response posted = Http.postForm(base + "/requests.json", sinkhole(marker));

        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        JsonNode answer = posted.json().get(0);
        assertThat(answer.propertyNames()).containsExactly("service_request_id", "service_notice", "account_id");
        String code = answer.get("service_request_id").asString();
        JsonNode c = api.get("changan.admin", "/api/cases/by-code/" + code).json();
        assertThat(c.get("channel").asString()).isEqualTo("HOTLINE_12345");
        assertThat(c.get("category").asString()).isEqualTo("HAZARD");
        assertThat(c.get("holderCenter").asString()).isEqualTo(CHANGAN);
        assertThat(c.get("description").asString()).contains(marker);
        assertThat(c.get("place").asString()).isEqualTo("长安社区3号楼北侧");
        assertThat(c.get("parties").get(0).get("name").asString()).isEqualTo("张三");
        assertThat(c.toString()).doesNotContain("13912345678");
    }

    @Test
    void aRequestReadsBackWithWhatTheSpecNeedsAndNothingPersonal() {
        String marker = marker();
        String code = Http.postForm(base + "/requests.json", sinkhole(marker))
                .json()
                .get(0)
                .get("service_request_id")
                .asString();

        Http.Response one =
                Http.get(base + "/requests/" + code + ".json?jurisdiction_id=" + CHANGAN + "&api_key=" + key, null);
        Http.Response list = Http.get(
                base + "/requests.json?jurisdiction_id=" + CHANGAN + "&api_key=" + key + "&service_request_id=" + code,
                null);
        Http.Response xmlOne =
                Http.get(base + "/requests/" + code + ".xml?jurisdiction_id=" + CHANGAN + "&api_key=" + key, null);

        assertThat(one.status()).as(one.body()).isEqualTo(200);
        JsonNode r = one.json().get(0);
        assertThat(r.propertyNames())
                .containsExactly(
                        "service_request_id",
                        "status",
                        "status_notes",
                        "service_name",
                        "service_code",
                        "description",
                        "agency_responsible",
                        "service_notice",
                        "requested_datetime",
                        "updated_datetime",
                        "expected_datetime",
                        "address",
                        "address_id",
                        "zipcode",
                        "lat",
                        "long",
                        "media_url");
        assertThat(r.get("service_request_id").asString()).isEqualTo(code);
        assertThat(r.get("status").asString()).isEqualTo("open");
        assertThat(r.get("status_notes").asString()).isEqualTo("已收到诉求，等待综治中心受理。");
        assertThat(r.get("service_code").asString()).isEqualTo("HAZARD");
        assertThat(r.get("lat").asDouble()).isEqualTo(36.0594);
        assertThat(r.get("requested_datetime").asString()).endsWith("+08:00");
        assertThat(one.body()).doesNotContain("张", "13912345678", "smith@example.com", "tt222111");
        assertThat(list.json().findValuesAsString("service_request_id")).containsExactly(code);
        Document doc = xml(xmlOne.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(text(doc, "service_request_id")).isEqualTo(code);
        assertThat(text(doc, "status")).isEqualTo("open");
        assertThat(text(doc, "zipcode")).isEmpty();
    }

    @Test
    void theStatusFollowsTheCaseAndTheListFiltersByStatus() {
        String code = Http.postForm(base + "/requests.json", sinkhole(marker()))
                .json()
                .get(0)
                .get("service_request_id")
                .asString();
        String id = api.get("changan.admin", "/api/cases/by-code/" + code)
                .json()
                .get("id")
                .asString();

        api.act("changan.admin", id, "reject", Map.of("reason", "不属于受理范围，已告知反映人向住建部门反映"));

        String reads = "&jurisdiction_id=" + CHANGAN + "&api_key=" + key;
        JsonNode r = Http.get(base + "/requests/" + code + ".json?x=1" + reads, null)
                .json()
                .get(0);
        assertThat(r.get("status").asString()).isEqualTo("closed");
        assertThat(r.get("status_notes").asString()).isEqualTo("已办结。");
        assertThat(r.toString()).doesNotContain("住建部门");
        assertThat(Http.get(base + "/requests.json?status=closed" + reads, null)
                        .json()
                        .findValuesAsString("service_request_id"))
                .contains(code);
        assertThat(Http.get(base + "/requests.json?status=open" + reads, null)
                        .json()
                        .findValuesAsString("service_request_id"))
                .doesNotContain(code);
        Document doc = xml(Http.get(base + "/requests.xml?status=closed&service_code=HAZARD" + reads, null)
                .body());
        assertThat(doc.getElementsByTagName("request").getLength()).isGreaterThan(0);
        jsonError(Http.get(base + "/requests.json?status=pending" + reads, null), 400);
        jsonError(
                Http.get(
                        base + "/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z" + reads,
                        null),
                400);
    }

    @Test
    void theSameRequestIdIsOneCaseAndTheSameBodyWithoutOneToo() {
        String marker = marker();
        Http.Response first =
                Http.postForm(base + "/requests.json", sinkhole(marker, "request_id", "hotline-" + marker));
        Http.Response again =
                Http.postForm(base + "/requests.json", sinkhole(marker, "request_id", "hotline-" + marker));
        Http.Response reused =
                Http.postForm(base + "/requests.json", sinkhole(marker + "-other", "request_id", "hotline-" + marker));
        String body = sinkhole(marker + "-nobody-id");
        Http.Response plain = Http.postForm(base + "/requests.json", body);
        Http.Response plainAgain = Http.postForm(base + "/requests.json", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get(0).get("service_request_id").asString())
                .isEqualTo(first.json().get(0).get("service_request_id").asString());
        assertThat(jsonError(reused, 400)).contains("request_id");
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plainAgain.status()).isEqualTo(200);
        assertThat(plainAgain.json().get(0).get("service_request_id").asString())
                .isEqualTo(plain.json().get(0).get("service_request_id").asString());
    }

    @Test
    void xmlIsAnsweredInXml() {
        Http.Response posted = Http.postForm(base + "/requests.xml", sinkhole(marker()));

        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        assertThat(posted.header("Content-Type")).startsWith("text/xml");
        Document doc = xml(posted.body());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("service_requests");
        assertThat(text(doc, "service_request_id")).matches("\\d{12}-\\d{6}-\\d{5}-[0-9X]");
    }

    @Test
    void aWrongKeyIsTheSpecs403InJsonAndXml() {
        String wrong = key.substring(0, key.length() - 4) + "zzzz";

        assertThat(jsonError(
                        Http.postForm(
                                base + "/requests.json", sinkhole(marker()).replace(key, wrong)),
                        403))
                .contains("api_key");
        assertThat(xmlError(
                        Http.postForm(base + "/requests.xml", sinkhole(marker()).replace(key, wrong)), 403))
                .contains("api_key");
        jsonError(Http.postForm(base + "/requests.json", sinkhole(marker()).replace(key, "not-a-key")), 403);
        jsonError(Http.postForm(base + "/requests.json", sinkhole(marker()).replace("api_key=" + key, "x=1")), 403);
        jsonError(Http.get(base + "/requests.json?jurisdiction_id=" + CHANGAN + "&api_key=" + wrong, null), 403);
    }

    @Test
    void aRevokedKeyIsRefused() {
        JsonNode created = Open311Keys.create(api, "changan.admin", "APP", 60);
        String revoked = created.get("apiKey").asString();
        assertThat(Http.postForm(base + "/requests.json", sinkhole(marker()).replace(key, revoked))
                        .status())
                .isEqualTo(201);

        api.post(
                "changan.admin",
                "/api/cases/open311-keys/" + created.get("key").get("id").asString() + "/revoke",
                null);

        assertThat(jsonError(
                        Http.postForm(
                                base + "/requests.json", sinkhole(marker()).replace(key, revoked)),
                        403))
                .contains("revoked");
        xmlError(Http.get(base + "/requests.xml?jurisdiction_id=" + CHANGAN + "&api_key=" + revoked, null), 403);
    }

    @Test
    void aKeyOfAnotherCenterIsRefusedForThisJurisdiction() {
        String sibling = Open311Keys.create(api, "fuhou.admin", "HOTLINE_12345", 60)
                .get("apiKey")
                .asString();
        String parent = Open311Keys.create(api, "handian.admin", "HOTLINE_12345", 60)
                .get("apiKey")
                .asString();

        assertThat(jsonError(
                        Http.postForm(
                                base + "/requests.json", sinkhole(marker()).replace(key, sibling)),
                        403))
                .contains("jurisdiction_id");
        jsonError(Http.postForm(base + "/requests.json", sinkhole(marker()).replace(key, parent)), 403);
        jsonError(Http.get(base + "/requests.json?jurisdiction_id=" + CHANGAN + "&api_key=" + sibling, null), 403);
    }

    @Test
    void aSuspendedCentersKeysTakeNothingIn() {
        String fuhou = "140404001002";
        String fuhouKey = Open311Keys.create(api, "fuhou.admin", "HOTLINE_12345", 60)
                .get("apiKey")
                .asString();
        String request = sinkhole(marker()).replace(key, fuhouKey).replace(CHANGAN, fuhou);
        // as tenant-service publishes a suspension for the gateway (only for the moment of the call: the
        // gateway refuses the center's staff while it is there)
        redis.opsForZSet()
                .add(
                        org.zongzhi.platform.security.AccessRevocationKeys.SUSPENDED_CENTERS,
                        fuhou,
                        java.time.Instant.now().getEpochSecond());
        String refused;
        try {
            refused = jsonError(Http.postForm(base + "/requests.json", request), 403);
        } finally {
            redis.opsForZSet().remove(org.zongzhi.platform.security.AccessRevocationKeys.SUSPENDED_CENTERS, fuhou);
        }

        assertThat(refused).contains("suspended");
        assertThat(Http.postForm(base + "/requests.json", request).status()).isEqualTo(201);
    }

    @Test
    void anotherChannelOfTheSameCenterDoesNotReadTheRequests() {
        String code = Http.postForm(base + "/requests.json", sinkhole(marker()))
                .json()
                .get(0)
                .get("service_request_id")
                .asString();
        String app = Open311Keys.create(api, "changan.admin", "APP", 60)
                .get("apiKey")
                .asString();

        jsonError(
                Http.get(base + "/requests/" + code + ".json?jurisdiction_id=" + CHANGAN + "&api_key=" + app, null),
                404);
        assertThat(Http.get(
                                base + "/requests.json?service_request_id=" + code + "&jurisdiction_id=" + CHANGAN
                                        + "&api_key=" + app,
                                null)
                        .json()
                        .findValuesAsString("service_request_id"))
                .isEmpty();
    }

    @Test
    void aKeyOverItsRateGetsThe429() {
        String slow =
                Open311Keys.create(api, "changan.admin", "APP", 2).get("apiKey").asString();
        List<Integer> statuses = new ArrayList<>();
        Http.Response limited = null;
        for (int i = 0; i < 6; i++) {
            Http.Response r = Http.get(base + "/requests.json?jurisdiction_id=" + CHANGAN + "&api_key=" + slow, null);
            statuses.add(r.status());
            if (r.status() == 429) {
                limited = r;
            }
        }

        assertThat(statuses).contains(200, 429);
        assertThat(jsonError(limited, 429)).contains("2 a minute");
        assertThat(limited.header("Retry-After")).matches("\\d+");
    }

    @Test
    void clientMistakesAreTheSpecs400sAndUnknownPathsIts404() {
        assertThat(jsonError(
                        Http.postForm(
                                base + "/requests.json",
                                sinkhole(marker()).replace("jurisdiction_id=" + CHANGAN, "x=1")),
                        400))
                .contains("jurisdiction_id");
        jsonError(
                Http.postForm(
                        base + "/requests.json",
                        sinkhole(marker()).replace("service_code=HAZARD", "service_code=SCHOOL_BULLYING")),
                400);
        jsonError(
                Http.postForm(
                        base + "/requests.json",
                        sinkhole(marker()).replace("service_code=HAZARD", "service_code=MARRIAGE_FAMILY")),
                400);
        jsonError(Http.postForm(base + "/requests.json", sinkhole(marker()).replace("lat=36.0594", "lat=north")), 400);
        jsonError(Http.postForm(base + "/requests.json", sinkhole(marker(), "attribute[SHOE_SIZE]", "42")), 400);
        jsonError(
                Http.postForm(
                        base + "/requests.json",
                        sinkhole(marker())
                                .replace("attribute%5BPEOPLE_INVOLVED%5D=12", "attribute%5BPEOPLE_INVOLVED%5D=many")),
                400);
        jsonError(
                Http.postForm(base + "/requests.json", sinkhole(marker()).replace("phone=13912345678", "phone=111")),
                400);
        jsonError(
                Http.postForm(
                        base + "/requests.json",
                        form("api_key", key, "jurisdiction_id", CHANGAN, "service_code", "HAZARD", "description", "x")),
                400);
        jsonError(Http.get(base + "/requests/123.json?jurisdiction_id=" + CHANGAN + "&api_key=" + key, null), 400);
        jsonError(
                Http.get(
                        base + "/requests/"
                                + CaseCode.issue(TenantCode.of(CHANGAN), LocalDate.of(2020, 1, 1), 99_999)
                                        .value() + ".json?jurisdiction_id=" + CHANGAN + "&api_key=" + key,
                        null),
                404);
        jsonError(Http.get(base + "/services.html", null), 404);
        jsonError(Http.get(base + "/nothing.json", null), 404);
        jsonError(Http.delete(base + "/requests.json", null), 404);
        xmlError(Http.get(base + "/services.xml?jurisdiction_id=abc", null), 400);
    }

    @Test
    void tokensAreTheRequestIdsThemselves() {
        String code = Http.postForm(base + "/requests.json", sinkhole(marker()))
                .json()
                .get(0)
                .get("service_request_id")
                .asString();

        JsonNode token = Http.get(
                        base + "/tokens/" + code + ".json?jurisdiction_id=" + CHANGAN + "&api_key=" + key, null)
                .json()
                .get(0);

        assertThat(token.get("service_request_id").asString()).isEqualTo(code);
        assertThat(token.get("token").asString()).isEqualTo(code);
    }
}
