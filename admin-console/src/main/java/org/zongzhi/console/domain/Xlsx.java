package org.zongzhi.console.domain;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.zongzhi.platform.xlsx.XlsxStream;

/**
 * A one-sheet Excel workbook in memory, for the console's small tables (a ranking, a dashboard's numbers):
 * the platform's streaming writer {@link XlsxStream} into a byte array. Strings are inline, numbers are
 * numbers (Excel sorts and sums them), the first row is the header.
 */
public final class Xlsx {

    public static final String CONTENT_TYPE = XlsxStream.CONTENT_TYPE;

    private Xlsx() {}

    /**
     * The workbook's bytes.
     *
     * @param sheetName the sheet's tab name (at most 31 characters are kept)
     * @param rows the rows, the header first; a cell is a {@link Number}, null (empty) or anything else as text
     */
    public static byte[] of(String sheetName, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxStream sheet = XlsxStream.open(bytes, sheetName)) {
            rows.forEach(sheet::row);
        }
        return bytes.toByteArray();
    }
}
