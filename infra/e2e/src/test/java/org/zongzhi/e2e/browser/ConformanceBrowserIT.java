package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10's round in the console, in a real browser: the province publishes a version of the standard,
 * 韩店 fills its self-assessment on a phone with a photo of its plate and submits, 上党区 inspects, fails
 * the plate and sets a rectification task, 韩店 answers it with a new photo, the county verifies; the
 * scorecard shows the points lost and the radar, the ranking lists 上党区's townships and exports to Excel.
 */
class ConformanceBrowserIT {

    private static final String HANDIAN = "140404001";
    private static final String SHANGDANG = "140404";

    private static String gateway;
    private final String marker =
            Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
        Centers.operating(gateway, HANDIAN, "shangdang.admin");
    }

    @Test
    void aRoundFromPublicationToRectificationScorecardAndRanking() throws Exception {
        Path photo = png("牌子");
        int version;
        try (Browser province = Browser.desk(gateway)) {
            province.signIn("province.admin");
            province.press(".mainnav", "达标");
            province.waitForText("规范化建设达标评估");
            assertThat(province.text()).contains("评估轮次", "整改任务").doesNotContain("Conformance");
            province.press(".tabs", "评估标准");
            province.waitForText("复制为新草稿");
            // A draft copy of the platform's proposal, made on the page.
            province.press("table.standards tbody tr:last-child", "复制为新草稿");
            province.waitForText("已复制为新草稿");
            version = Integer.parseInt(province.url().replaceAll(".*/standards/(\\d+).*", "$1"));
            assertThat(province.text()).contains("草稿", "有牌子", "场所面积", "乡镇（街道）");
            province.date("#effectiveFrom", LocalDate.now().toString());
            province.screenshot("50-province-standard-draft");
            province.press("#main", "发布");
            province.waitForText("已发布第 " + version + " 版");
            assertThat(province.text()).contains("已发布").contains("停用此版本");
            province.screenshot("51-province-standard-published");
        }

        // 上党区 opens a round for its townships on the console's form.
        String title = "上党区乡镇综治中心规范化评估 " + marker;
        long roundId;
        try (Browser county = Browser.desk(gateway)) {
            county.signIn("shangdang.admin");
            county.open("/conformance");
            county.press("#main", "发起评估轮次");
            county.find("#round-title");
            county.type("round-title", title).select("#round-version", Integer.toString(version));
            county.date("#round-from", "2026-01-01").date("#round-to", "2026-06-30");
            county.date(
                    "#round-cutoff",
                    java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                            .plusDays(1)
                            .withSecond(0)
                            .withNano(0)
                            .toString());
            county.click("input[name=levels][value=TOWNSHIP]").click("input[name=includePlanned]");
            county.screenshot("51b-county-round-form");
            county.press("#main form", "发起");
            county.waitForText("已发起评估轮次：" + title);
            assertThat(county.text()).contains("待自评", "平台项尚未计算");
            county.screenshot("51c-county-round");
            roundId = Long.parseLong(county.url().replaceAll(".*/rounds/(\\d+).*", "$1"));
        }
        long assessment = -1;
        for (JsonNode a : ok(Http.get(
                gateway + "/api/tenants/assessments/rounds/" + roundId + "/assessments", Tokens.of("handian.admin")))) {
            if (a.get("center").asString().equals(HANDIAN)) {
                assessment = a.get("id").asLong();
            }
        }
        assertThat(assessment).as("韩店's sheet in round %s", roundId).isPositive();
        JsonNode sheet = ok(Http.get(gateway + "/api/tenants/assessments/" + assessment, Tokens.of("handian.admin")));
        String handianName = sheet.get("centerName").asString();

        try (Browser phone = Browser.phone(gateway)) {
            phone.signIn("handian.admin");
            phone.open("/conformance");
            phone.waitForText(title);
            assertThat(phone.text()).contains("本中心的自评", "待自评");
            assertThat(phone.scrollsSideways())
                    .as("达标 home fits a 390 px phone")
                    .isFalse();
            phone.screenshot("52-township-conformance-home-phone");
            phone.press("main", title);
            phone.waitForText("提交上级审核");
            assertThat(phone.scrollsSideways())
                    .as("the self-assessment fits a 390 px phone")
                    .isFalse();
            assertThat(phone.text()).contains("本级要求", "核查方式", "有牌子");
            phone.screenshot("53-township-self-assessment-phone");

            for (JsonNode applied : sheet.get("items")) {
                JsonNode item = applied.get("item");
                String code = item.get("code").asString();
                String card = "[id='item-" + code + "']";
                switch (item.get("kind").asString()) {
                    case "DECLARATION" -> phone.click(card + " input[name=met][value=true]");
                    case "THRESHOLD" ->
                        phone.typeIn(
                                card + " input[name=number]",
                                applied.get("rule").get("threshold").asString());
                    case "SET" ->
                        phone.all(card + " input[name=members]").forEach(box -> {
                            if (!box.isSelected()) {
                                ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                                        .executeScript("arguments[0].click()", box);
                            }
                        });
                    default -> {
                        continue;
                    }
                }
                if (code.equals("sign.plate")) {
                    phone.find(card + " input[type=file]")
                            .sendKeys(photo.toAbsolutePath().toString());
                }
                phone.typeIn(card + " textarea[name=note]", "自评 " + marker);
                phone.press(card, "保存本项");
                phone.waitForText("已保存：" + item.get("title").asString());
            }
            phone.find("[id='item-sign.plate'] .files a");
            assertThat(phone.text("[id='item-sign.plate'] .files")).contains("牌子.png");
            assertThat(phone.download(
                            phone.find("[id='item-sign.plate'] .files a").getDomAttribute("href")))
                    .as("the evidence comes back through the console as the PNG it was")
                    .isEqualTo(Files.readAllBytes(photo));
            phone.screenshot("54-township-item-with-photo-phone");
            // a wrong photo, uploaded by mistake, is withdrawn before submitting
            String plateCard = "[id='item-sign.plate']";
            phone.find(plateCard + " input[type=file]")
                    .sendKeys(png("拍错了").toAbsolutePath().toString());
            phone.press(plateCard, "保存本项");
            phone.waitForText("已保存：");
            assertThat(phone.text(plateCard + " .files")).contains("拍错了.png", "牌子.png");
            phone.click(plateCard + " .files button[aria-label='撤回 拍错了.png']");
            phone.waitForText("已撤回佐证材料");
            assertThat(phone.text(plateCard + " .files")).contains("牌子.png").doesNotContain("拍错了.png");
            phone.press("#submit", "提交上级审核");
            phone.waitForText("已办理：提交自评");
            assertThat(phone.text()).contains("已提交待审核").doesNotContain("提交上级审核");
            phone.screenshot("55-township-submitted-phone");
        }

        long taskId;
        try (Browser county = Browser.desk(gateway)) {
            county.signIn("shangdang.admin");
            county.open("/conformance");
            county.waitForText("下级中心已提交的自评");
            assertThat(county.text()).contains(handianName);
            county.screenshot("56-county-conformance-home");
            county.open("/conformance/assessments/" + assessment);
            county.waitForText("记录审核意见");
            String plate = "[id='item-sign.plate']";
            county.click(plate + " input[name=verdict][value=FAIL]");
            county.press(plate, "记录审核意见");
            county.waitForText("不符合要求");
            county.screenshot("57-county-verdict-needs-a-reason");
            county.typeIn(plate + " textarea[name=reason]", "照片看不出中心名称，请按统一样式挂牌 " + marker);
            county.press(plate, "记录审核意见");
            county.waitForText("已记录审核意见");
            assertThat(county.text(plate)).contains("审核不通过", "照片看不出中心名称");
            county.screenshot("58-county-inspection");
            county.press("#inspection", "审核完成");
            county.waitForText("已办理：审核完成");
            county.press("#inspection", "立即计算平台项");
            county.waitForText("已完成平台计算项");
            county.press("#inspection", "定稿");
            county.waitForText("已办理：定稿");
            assertThat(county.text()).contains("已定稿");
            county.press(plate, "下发整改任务");
            assertThat(county.find(plate + " input[name=workingDays]").getDomProperty("value"))
                    .isEqualTo("10");
            county.press(plate + " form", "下发整改");
            county.waitForText("已下发整改任务");
            assertThat(county.text()).contains("整改中", "10 个工作日", "照片看不出中心名称");
            taskId = Long.parseLong(county.url().replaceAll(".*/rectifications/(\\d+).*", "$1"));
            county.screenshot("59-county-rectification-set");
        }

        try (Browser phone = Browser.phone(gateway)) {
            phone.signIn("handian.admin");
            phone.open("/conformance/rectifications");
            phone.waitForText("照片看不出中心名称，请按统一样式挂牌 " + marker);
            assertThat(phone.text()).contains("整改中");
            assertThat(phone.scrollsSideways())
                    .as("the rectification list fits a 390 px phone")
                    .isFalse();
            phone.screenshot("60-township-rectifications-phone");
            phone.press("main", "照片看不出中心名称，请按统一样式挂牌 " + marker);
            phone.waitForText("提交验收");
            phone.find("#task-file").sendKeys(png("新牌子").toAbsolutePath().toString());
            phone.press("main", "上传佐证");
            phone.waitForText("已上传佐证：新牌子.png");
            phone.typeIn("#task-note", "已按统一样式重新挂牌");
            phone.press("main", "提交验收");
            phone.waitForText("已办理：提交整改");
            assertThat(phone.text()).contains("已提交待验收", "新牌子.png");
            assertThat(phone.scrollsSideways()).as("a task fits a 390 px phone").isFalse();
            phone.screenshot("61-township-rectification-submitted-phone");
        }

        try (Browser county = Browser.desk(gateway)) {
            county.signIn("shangdang.admin");
            county.open("/conformance/rectifications/" + taskId);
            county.waitForText("验收结论");
            county.typeIn("#verify-comment", "现场核实");
            county.press("main", "提交验收结论");
            county.waitForText("已办理：验收通过");
            assertThat(county.text()).contains("已验收", "现场核实");
            county.screenshot("62-county-rectification-verified");

            county.open("/conformance/assessments/" + assessment + "/scorecard");
            county.waitForText("逐项得分");
            assertThat(county.present("svg.radar polygon.area")).isTrue();
            assertThat(county.text())
                    .contains("五有", "五化", "失分", "照片看不出中心名称", "等级")
                    .contains("有牌子");
            county.screenshot("63-county-scorecard-radar");

            county.open("/conformance/ranking?root=" + SHANGDANG + "&level=TOWNSHIP&version=" + version);
            county.waitForText("乡镇（街道）排名");
            assertThat(county.text("table.ranking")).contains(handianName);
            assertThat(county.text()).contains("达标率");
            county.screenshot("64-county-ranking");
            byte[] workbook =
                    county.download(county.find("a[href*='ranking.xlsx']").getDomAttribute("href"));
            assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("PK");
            assertThat(Browser.unzipped(workbook)).contains(handianName, "排名", "得分率");
        }

        try (Browser phone = Browser.phone(gateway)) {
            phone.signIn("handian.admin");
            phone.open("/conformance/assessments/" + assessment + "/scorecard");
            phone.waitForText("逐项得分");
            assertThat(phone.scrollsSideways())
                    .as("the scorecard fits a 390 px phone")
                    .isFalse();
            phone.screenshot("65-township-scorecard-phone");
        }
    }

    /** A tiny real PNG (the API checks the content), named as a phone would name a photo. */
    private static Path png(String name) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xb42318);
        Path dir = Files.createDirectories(Path.of("target", "uploads"));
        Path file = dir.resolve(name + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }
}
