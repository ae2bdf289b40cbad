package org.zongzhi.platform.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XlsxStreamTest {

    @Test
    void writesAWorkbookExcelCanOpenWithTextNumbersAndEmptyCells() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxStream xlsx = XlsxStream.open(bytes, "案件/导出", 20, 30)) {
            xlsx.row(Arrays.asList("案件编号", "标题"));
            xlsx.row(Arrays.asList("ZZ1", "欠薪 <三个月> & 更多", 6, null, 2.5));
            assertThat(xlsx.rows()).isEqualTo(2);
        }
        Map<String, byte[]> parts = unzip(bytes.toByteArray());
        assertThat(parts)
                .containsKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "xl/workbook.xml",
                        "xl/_rels/workbook.xml.rels",
                        "xl/worksheets/sheet1.xml");
        Document sheet = xml(parts.get("xl/worksheets/sheet1.xml"));
        assertThat(sheet.getElementsByTagName("row").getLength()).isEqualTo(2);
        assertThat(sheet.getElementsByTagName("t").item(3).getTextContent()).isEqualTo("欠薪 <三个月> & 更多");
        assertThat(sheet.getElementsByTagName("v").item(0).getTextContent()).isEqualTo("6");
        assertThat(sheet.getElementsByTagName("c").getLength()).isEqualTo(6);
        assertThat(xml(parts.get("xl/workbook.xml"))
                        .getElementsByTagName("sheet")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("name")
                        .getTextContent())
                .isEqualTo("案件 导出");
    }

    @Test
    void namesColumnsBeyondZ() {
        assertThat(XlsxStream.column(0)).isEqualTo("A");
        assertThat(XlsxStream.column(25)).isEqualTo("Z");
        assertThat(XlsxStream.column(26)).isEqualTo("AA");
    }

    @Test
    void dropsControlCharactersXmlCannotHold() {
        assertThat(XlsxStream.escape("a\u0001b\tc")).isEqualTo("ab\tc");
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static Document xml(byte[] bytes) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
