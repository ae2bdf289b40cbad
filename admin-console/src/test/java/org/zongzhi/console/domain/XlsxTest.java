package org.zongzhi.console.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class XlsxTest {

    @Test
    void writesTheFivePartsOfAWorkbook() throws IOException {
        Map<String, String> parts = unzip(Xlsx.of("乡镇排名", List.of(List.of("排名", "中心"))));
        assertThat(parts)
                .containsOnlyKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "xl/workbook.xml",
                        "xl/_rels/workbook.xml.rels",
                        "xl/worksheets/sheet1.xml");
        assertThat(parts.get("xl/workbook.xml")).contains("<sheet name=\"乡镇排名\"");
    }

    @Test
    void numbersAreNumbersAndTextIsEscapedText() throws IOException {
        String sheet = unzip(Xlsx.of("s", List.of(List.of("排名", "中心"), Arrays.asList(1, "苏店镇 <A&B>", null, 96.5))))
                .get("xl/worksheets/sheet1.xml");
        assertThat(sheet)
                .contains("<c r=\"A2\"><v>1</v></c>")
                .contains("<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">苏店镇 &lt;A&amp;B&gt;</t></is></c>")
                .contains("<c r=\"D2\"><v>96.5</v></c>")
                .doesNotContain("C2");
    }

    @Test
    void sheetNamesLoseWhatExcelForbids() throws IOException {
        assertThat(unzip(Xlsx.of("a/b:c[1]*?", List.of())).get("xl/workbook.xml"))
                .contains("name=\"a b c 1   \"");
    }

    private static Map<String, String> unzip(byte[] workbook) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
