package org.zongzhi.platform.xlsx;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet workbook written as its rows come: the four fixed parts first, then the sheet's XML entry
 * stays open and every {@link #row} is appended to it (compressed on the way out). Strings are inline (no
 * shared-string table to hold), numbers are numbers, the first row is the header and stays in view while
 * scrolling. {@link #close()} ends the sheet and the zip and flushes, but leaves the stream given open: a
 * web answer is complete only when its writer says so (an export audits itself first).
 */
public final class XlsxStream implements Closeable {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ZipOutputStream zip;
    private final Writer sheet;
    private long rows;
    private boolean closed;

    private XlsxStream(ZipOutputStream zip, Writer sheet) {
        this.zip = zip;
        this.sheet = sheet;
    }

    /**
     * Starts a workbook on {@code out}.
     *
     * @param sheetName the tab's name (at most 31 characters are kept)
     * @param widths column widths in characters, first column first (none: Excel's default)
     */
    public static XlsxStream open(OutputStream out, String sheetName, int... widths) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            part(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            part(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="xl/workbook.xml"/></Relationships>""");
            part(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetName(sheetName))));
            part(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
                    Target="worksheets/sheet1.xml"/></Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            // The writer must not close the zip when the sheet ends: the zip still has to write its directory.
            Writer sheet = new BufferedWriter(
                    new OutputStreamWriter(
                            new FilterOutputStream(zip) {
                                @Override
                                public void write(byte[] b, int off, int len) throws IOException {
                                    zip.write(b, off, len);
                                }

                                @Override
                                public void close() {}
                            },
                            StandardCharsets.UTF_8),
                    16 * 1024);
            sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetViews><sheetView workbookViewId=\"0\">"
                    + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                    + "</sheetView></sheetViews>");
            if (widths.length > 0) {
                sheet.write("<cols>");
                for (int c = 0; c < widths.length; c++) {
                    sheet.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c]
                            + "\" customWidth=\"1\"/>");
                }
                sheet.write("</cols>");
            }
            sheet.write("<sheetData>");
            return new XlsxStream(zip, sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a row; a cell is a {@link Number}, null (empty) or anything else as text. */
    public void row(List<?> cells) {
        if (closed) {
            throw new IllegalStateException("the workbook is closed");
        }
        long r = ++rows;
        try {
            sheet.write("<row r=\"");
            sheet.write(Long.toString(r));
            sheet.write("\">");
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell == null) {
                    continue;
                }
                String ref = column(c) + r;
                if (cell instanceof Number n && Double.isFinite(n.doubleValue())) {
                    sheet.write("<c r=\"" + ref + "\"><v>" + n + "</v></c>");
                } else {
                    sheet.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    sheet.write(escape(cell.toString()));
                    sheet.write("</t></is></c>");
                }
            }
            sheet.write("</row>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows written so far, the header included. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String sheetName(String name) {
        String clean = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters; a tab or newline in a text stays.
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
