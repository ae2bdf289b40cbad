package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * 一码可查 and the paper that goes with a case: a citizen scans the receipt's QR code on a phone, types
 * the secret and reads the status without an account; mistyped codes, wrong secrets and the rate limit
 * are said in Chinese; the printed case sheet is a PDF whose QR code reads back as the case's link.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenTrackBrowserIT {

    private static final String STAFF = "shangdang.admin";
    private static final String APPLICANT = "欧阳明远";
    private static final String APPLICANT_PHONE = "13700137123";

    private static String gateway;
    private final String marker =
            Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
    }

    @Test
    @Order(1)
    void aCitizenOpensTheReceiptsQrLinkOnAPhoneTypesTheSecretAndSeesTheStatus() throws Exception {
        JsonNode created = takeIn("邻里漏水纠纷 " + marker);
        String id = created.get("case").get("id").asString();
        String code = created.get("case").get("code").asString();
        String secret = created.get("citizenSecret").asString();
        act(id, "file", Map.of());
        act(id, "notes", Map.of("text", "内部：申请人情绪激动，注意方式 " + marker, "publicNote", false));
        act(id, "notes", Map.of("text", "已安排调解员，本周内上门了解情况", "publicNote", true));

        String link;
        try (Browser desk = Browser.desk(gateway)) {
            desk.signIn(STAFF);
            desk.open("/cases/" + id + "/receipt");
            byte[] qr = desk.find(".qr svg").getScreenshotAs(OutputType.BYTES);
            link = QrCodes.decode(ImageIO.read(new ByteArrayInputStream(qr)));
        }
        assertThat(link).isEqualTo(gateway + "/track?code=" + code);

        try (Browser phone = Browser.phone(gateway)) {
            phone.open(link.substring(gateway.length()));
            assertThat(phone.text())
                    .as("no sign-in form")
                    .contains("查询矛盾纠纷办理进度")
                    .doesNotContain("用户名");
            assertThat(phone.url()).as("no sign-in redirect").startsWith(gateway + "/track");
            assertThat(phone.find("#code").getDomProperty("value")).isEqualTo(code);
            phone.type("secret", secret.toLowerCase());
            phone.press("#track-form", "查询");
            phone.waitForText("办理经过");
            assertThat(phone.url()).as("answered in the page, by the API").endsWith("/track?code=" + code);
            assertThat(phone.text("#r-status")).isEqualTo("已立案");
            assertThat(phone.text("#r-code")).isEqualTo(code);
            // The test instance's 上党区 takes cases while still planned: it has no public card, so the page
            // keeps its code; an operating center shows its name (see the next test for name and phone).
            String holder = "140404";
            Http.Response card = Http.get(gateway + "/api/tenants/" + holder + "/card", null);
            String expected = card.status() == 200 ? card.json().get("name").asString() : holder;
            phone.waitForText(expected);
            assertThat(phone.text("#r-center")).isEqualTo(expected);
            assertThat(phone.text("#r-steps"))
                    .contains("登记")
                    .contains("立案受理（分诊）")
                    .contains("140404");
            assertThat(phone.text("#r-steps")).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(phone.text("#r-notes")).contains("已安排调解员，本周内上门了解情况");
            assertThat(phone.text())
                    .doesNotContain("内部")
                    .doesNotContain(APPLICANT)
                    .doesNotContain("欧阳")
                    .doesNotContain(APPLICANT_PHONE)
                    .doesNotContain("137****")
                    .doesNotContain(STAFF);
            assertThat(phone.scrollsSideways())
                    .as("the citizen's page fits a 390 px phone")
                    .isFalse();
            phone.screenshot("40-citizen-track-phone");
        }
    }

    @Test
    @Order(1)
    void theHandlingCentersNameAndPhoneAreShownWithAndWithoutScript() throws Exception {
        Centers.FirstAdmin admin = onboardVillageWithPhone("0355-5201234");
        String clerk = "clerk." + admin.center() + "." + marker.toLowerCase();
        String clerkId = KeycloakAdmin.createUser(clerk, "{\"tenant\":[\"" + admin.center() + "\"]}");
        try {
            KeycloakAdmin.assignRealmRoles(clerkId, "intake-clerk");
            JsonNode created = takeIn("宅基地边界纠纷 " + marker, clerk);
            String code = created.get("case").get("code").asString();
            String secret = created.get("citizenSecret").asString();

            try (Browser phone = Browser.phone(gateway)) {
                phone.open("/track?code=" + code);
                phone.type("secret", secret);
                phone.press("#track-form", "查询");
                phone.waitForText("0355-5201234");
                assertThat(phone.text("#r-center")).isEqualTo(admin.center() + " 综治中心");
                assertThat(phone.text("#r-phone")).isEqualTo("0355-5201234");
                assertThat(phone.find("#r-phone a").getDomAttribute("href")).isEqualTo("tel:0355-5201234");
                assertThat(phone.text()).doesNotContain(clerk).doesNotContain(admin.username());
                phone.screenshot("40b-citizen-track-center-card");
            }
            String form = "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&secret=" + secret;
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(gateway + "/track"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(form))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains(admin.center() + " 综治中心").contains("tel:0355-5201234");

            Http.Response card = Http.get(gateway + "/api/tenants/" + admin.center() + "/card", null);
            assertThat(card.status()).isEqualTo(200);
            assertThat(card.json().propertyNames()).containsExactlyInAnyOrder("code", "name", "phone");
            assertThat(Http.get(gateway + "/api/tenants/" + admin.center(), null)
                            .status())
                    .as("only the card is open without an account")
                    .isEqualTo(401);
        } finally {
            KeycloakAdmin.deleteUser(clerkId);
            KeycloakAdmin.User first = KeycloakAdmin.findUser(admin.username());
            if (first != null) {
                KeycloakAdmin.deleteUser(first.id());
            }
        }
    }

    @Test
    @Order(2)
    void aMistypedCheckCharacterGetsTheHintAndAWrongSecretAPlainRefusal() {
        JsonNode created = takeIn("楼道堆物纠纷 " + marker);
        String code = created.get("case").get("code").asString();
        String secret = created.get("citizenSecret").asString();
        char check = code.charAt(code.length() - 1);
        String mistyped = code.substring(0, code.length() - 1) + (check == '1' ? '2' : '1');

        try (Browser phone = Browser.phone(gateway)) {
            phone.open("/track");
            phone.type("code", mistyped).type("secret", secret);
            phone.press("#track-form", "查询");
            phone.waitForText("案件编号校验位不符");
            assertThat(phone.find("#track-result").isDisplayed()).isFalse();
            phone.screenshot("41-citizen-track-check-character");

            String wrong = secret.equals("AAAAAAAA") ? "BBBBBBBB" : "AAAAAAAA";
            phone.type("code", code).type("secret", wrong);
            phone.press("#track-form", "查询");
            phone.waitForText("案件编号或查询密码不对");
            assertThat(phone.text("#code-hint")).isEmpty();
            assertThat(phone.find("#track-result").isDisplayed()).isFalse();
            assertThat(phone.text()).doesNotContain("Not Found").doesNotContain("404");
            phone.screenshot("42-citizen-track-wrong-secret");
        }
    }

    @Test
    @Order(3)
    void withoutScriptTheFormIsAnsweredByTheConsole() throws Exception {
        JsonNode created = takeIn("噪音扰民 " + marker);
        String code = created.get("case").get("code").asString();
        String secret = created.get("citizenSecret").asString();
        String form = "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&secret=" + secret;
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(gateway + "/track"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("已上报").contains(code).doesNotContain(APPLICANT);
    }

    @Test
    @Order(4)
    void lookingUpAtSpeedIsToldWhenToTryAgainInChinese() {
        try (Browser phone = Browser.phone(gateway)) {
            phone.open("/track");
            JsonNode created = takeIn("占道经营 " + marker);
            phone.type("code", created.get("case").get("code").asString())
                    .type("secret", created.get("citizenSecret").asString());
            // Other tabs of the same citizen spend the address's allowance first; the form is sent right after.
            Object limited = phone.driver()
                    .executeAsyncScript("var done = arguments[arguments.length - 1]; var calls = [];"
                            + " for (var i = 0; i < 25; i++) calls.push(fetch('/api/cases/lookup', {method: 'POST',"
                            + " headers: {'Content-Type': 'application/json'},"
                            + " body: JSON.stringify({code: '140404001001-261127-99999-0', secret: 'ABCDEFGH'})}));"
                            + " Promise.all(calls).then(function (rs) {"
                            + " document.getElementById('track-submit').click();"
                            + " done(rs.filter(function (r) { return r.status === 429; }).length); });");
            assertThat(((Number) limited).intValue())
                    .as("lookups the gateway refused")
                    .isPositive();
            phone.waitForText("查询太频繁了，请 1 秒后再试。");
            phone.screenshot("43-citizen-track-rate-limited");
        }
    }

    @Test
    @Order(5)
    void thePrintedCaseSheetIsAPdfWhoseQrReadsBackAsTheCase() throws Exception {
        JsonNode created = takeIn("宅基地边界纠纷 " + marker);
        String id = created.get("case").get("id").asString();
        String code = created.get("case").get("code").asString();
        act(id, "file", Map.of());
        act(id, "assignments", Map.of("department", "JUSTICE", "note", "司法所调解"));
        String task = Http.get(gateway + "/api/cases/" + id, Tokens.of(STAFF))
                .json()
                .get("tasks")
                .get(0)
                .get("id")
                .asString();
        act(id, "tasks/" + task + "/accept", Map.of());
        act(id, "feedback", Map.of("result", "双方同意以原界桩为准重新砌墙"));
        act(
                id,
                "close",
                Map.of(
                        "kind",
                        "MEDIATED",
                        "summary",
                        "调解成功",
                        "agreements",
                        List.of(Map.of(
                                "parties",
                                List.of(APPLICANT),
                                "terms",
                                "以原界桩为准，院墙费用各半 " + marker,
                                "signedOn",
                                "2026-12-02"))));
        act(
                id,
                "judicial-confirmations",
                Map.of(
                        "confirmations",
                        List.of(Map.of(
                                "agreement", 1,
                                "court", "长治市上党区人民法院",
                                "rulingNumber", "（2026）晋0404民特88号",
                                "confirmedOn", "2026-12-04"))));

        try (Browser desk = Browser.desk(gateway)) {
            desk.signIn(STAFF);
            desk.open("/cases/" + id);
            desk.click("#print-link");
            assertThat(desk.url()).endsWith("/cases/" + id + "/print");
            assertThat(desk.text())
                    .contains("矛盾纠纷案件登记表")
                    .contains(code)
                    .contains("调解协议 1")
                    .contains("以原界桩为准，院墙费用各半 " + marker)
                    .contains("长治市上党区人民法院")
                    .contains("（2026）晋0404民特88号")
                    .contains("立案受理（分诊）")
                    .contains("结案")
                    .contains("司法确认")
                    .contains("上党区");
            desk.screenshot("44-case-sheet-screen");

            PrintOptions options = new PrintOptions();
            options.setPageSize(new PageSize(29.7, 21.0));
            options.setBackground(true);
            Pdf pdf = desk.driver().print(options);
            byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
            assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            Files.createDirectories(Browser.SCREENSHOTS);
            Path file = Browser.SCREENSHOTS.resolve("45-case-sheet.pdf");
            Files.write(file, bytes);
            Path page = QrCodes.firstPage(file);
            assertThat(QrCodes.decode(page)).isEqualTo(gateway + "/track?code=" + code);
        }
    }

    private JsonNode takeIn(String title) {
        return takeIn(title, STAFF);
    }

    /** A planned village of 上党区 onboarded by the county with its first admin's phone. */
    private Centers.FirstAdmin onboardVillageWithPhone(String adminPhone) {
        Http.Response planned =
                Http.get(gateway + "/api/tenants/140404/subtree?level=village&status=planned&size=1", Tokens.of(STAFF));
        String center = planned.json().get("items").get(0).get("code").asString();
        String username = "track." + marker.toLowerCase() + "." + center.substring(9);
        Http.Response onboarded = Http.postJson(
                gateway + "/api/tenants/" + center + "/onboarding",
                Tokens.of(STAFF),
                Http.json(Map.of(
                        "displayName",
                        center + " 综治中心",
                        "address",
                        "测试地址",
                        "openedOn",
                        "2026-01-01",
                        "adminUsername",
                        username,
                        "adminFullName",
                        "郭建华",
                        "adminPhone",
                        adminPhone)));
        assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        return new Centers.FirstAdmin(
                center,
                username,
                onboarded.json().get("admin").get("oneTimePassword").asString());
    }

    private JsonNode takeIn(String title, String staff) {
        Map<String, Object> report = Map.of(
                "channel",
                "WALK_IN",
                "category",
                "NEIGHBOURS",
                "title",
                title,
                "description",
                "群众来中心反映：" + title,
                "place",
                "上党区某小区",
                "applicants",
                List.of(Map.of("kind", "PERSON", "name", APPLICANT, "phone", APPLICANT_PHONE)));
        Http.Response response = Http.postJson(
                gateway + "/api/cases",
                Tokens.of(staff),
                Http.json(report),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static void act(String id, String action, Map<String, Object> body) {
        Http.Response response =
                Http.postJson(gateway + "/api/cases/" + id + "/" + action, Tokens.of(STAFF), Http.json(body));
        assertThat(response.status()).as(action + ": " + response.body()).isBetween(200, 299);
    }
}
