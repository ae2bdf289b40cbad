package org.zongzhi.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zongzhi.e2e.CaseJourneyEndToEndIT;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;

/**
 * Issue 9's Excel export in a real browser: the 案件 list and the 待办 are exported with the filters in
 * force and the workbook's rows are the screen's rows; a sibling village's export of the same search is
 * empty; names are masked and no phone or ID number is in the file.
 */
class CaseExportBrowserIT {

    private static final int CASES = 3;
    private static String gateway;
    private static String marker;

    @BeforeAll
    static void threeCasesAreTakenInAtChangan() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        gateway = "http://localhost:" + platform.port("gateway");
        marker = "XLS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (int i = 0; i < CASES; i++) {
            CaseJourneyEndToEndIT.takeIn(gateway, marker);
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> assertThat(Http.get(gateway + "/api/search/cases?q=" + marker, Tokens.of("changan.admin"))
                                        .json()
                                        .get("total")
                                        .asLong())
                                .isEqualTo(CASES));
    }

    @Test
    void theCaseListExportsAsItIsOnTheScreen() throws Exception {
        try (Browser changan = Browser.desk(gateway)) {
            changan.signIn("changan.admin");
            changan.open("/cases?q=" + marker + "&sort=newest");
            changan.waitForText("导出 Excel");
            List<List<String>> screen = new ArrayList<>();
            for (WebElement tr : changan.all("table.grid tbody tr")) {
                screen.add(tr.findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().strip())
                        .toList());
            }
            assertThat(screen).hasSize(CASES);
            String href = changan.find("a[href^='/cases.xlsx']").getDomAttribute("href");
            assertThat(href).contains("q=" + marker, "sort=newest");
            changan.screenshot("90-cases-export-link");

            byte[] file = changan.download(href);
            List<List<String>> workbook = rows(file);
            assertThat(workbook.getFirst())
                    .startsWith("案件编号", "标题", "类别", "渠道", "状态", "风险", "预警", "发起中心")
                    .contains("当事人（脱敏）", "登记时间");
            List<List<String>> data = workbook.subList(1, workbook.size());
            assertThat(data).hasSize(CASES);
            for (int i = 0; i < CASES; i++) {
                List<String> s = screen.get(i);
                List<String> x = data.get(i);
                // screen: 案件编号, 标题, 状态, 风险, 预警, 发起中心, 登记时间
                assertThat(List.of(x.get(0), x.get(1), x.get(4), x.get(5), x.get(6), x.get(7), x.get(11)))
                        .as("row %d", i)
                        .isEqualTo(s);
            }
            assertThat(data.getFirst().get(2)).isEqualTo("安全隐患（水情火情等）");
            assertThat(data.getFirst().get(9)).isEqualTo("王*");
            String text = Browser.unzipped(file);
            assertThat(text).doesNotContain("王五", "13800138000", "1404041990", "污水管破裂外溢");
        }
        try (Browser fuhou = Browser.desk(gateway)) {
            fuhou.signIn("fuhou.admin");
            List<List<String>> sibling = rows(fuhou.download("/cases.xlsx?q=" + marker));
            assertThat(sibling)
                    .as("a sibling village exports none of 长安's cases")
                    .hasSize(1);
        }
    }

    @Test
    void theWorklistExportsAsItIsOnTheScreen() throws Exception {
        try (Browser changan = Browser.desk(gateway)) {
            changan.signIn("changan.admin");
            changan.open("/worklist?scope=center&kind=RESPONSIBLE");
            changan.waitForText("导出 Excel");
            List<String> screen = changan.all("table.worklist tbody tr td .code").stream()
                    .map(e -> e.getText().strip())
                    .toList();
            assertThat(screen).isNotEmpty();
            String href = changan.find("a[href^='/worklist.xlsx']").getDomAttribute("href");
            assertThat(href).contains("scope=center", "kind=RESPONSIBLE");

            List<List<String>> workbook = rows(changan.download(href));
            assertThat(workbook.getFirst()).containsExactly("类型", "案件编号", "标题", "状态", "预警", "期限", "说明");
            List<List<String>> data = workbook.subList(1, workbook.size());
            assertThat(data.size()).isGreaterThanOrEqualTo(screen.size());
            assertThat(data.subList(0, screen.size()).stream()
                            .map(r -> r.get(1))
                            .toList())
                    .as("the export begins with the screen's first page, in its order")
                    .isEqualTo(screen);
            assertThat(data).allSatisfy(r -> assertThat(r.getFirst()).isEqualTo("我负责的案件"));
        }
    }

    /** The first sheet's rows as text, each cell at its column. */
    static List<List<String>> rows(byte[] xlsx) throws Exception {
        byte[] sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = zip.readAllBytes();
                }
            }
        }
        assertThat(sheet).as("the workbook's sheet").isNotNull();
        NodeList rowNodes = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(sheet))
                .getElementsByTagName("row");
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < rowNodes.getLength(); r++) {
            NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagName("c");
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                int column = 0;
                for (char ch : cell.getAttribute("r").toCharArray()) {
                    if (Character.isDigit(ch)) {
                        break;
                    }
                    column = column * 26 + (ch - 'A' + 1);
                }
                while (row.size() < column - 1) {
                    row.add(null);
                }
                row.add(cell.getTextContent());
            }
            rows.add(row);
        }
        return rows;
    }
}
