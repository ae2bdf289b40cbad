package org.zongzhi.search.cases;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an exported workbook back: the first sheet's rows as text, cells placed by their reference. */
final class Workbooks {

    private Workbooks() {}

    static List<List<String>> rows(byte[] xlsx) throws Exception {
        byte[] sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = zip.readAllBytes();
                }
            }
        }
        if (sheet == null) {
            throw new AssertionError("no sheet in the workbook");
        }
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
                int column = column(cell.getAttribute("r"));
                while (row.size() < column) {
                    row.add(null);
                }
                row.add(cell.getTextContent());
            }
            rows.add(row);
        }
        return rows;
    }

    private static int column(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (Character.isDigit(ch)) {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }
}
