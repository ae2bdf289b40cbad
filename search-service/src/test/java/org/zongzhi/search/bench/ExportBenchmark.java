package org.zongzhi.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.platform.xlsx.XlsxStream;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.CaseQuery;
import org.zongzhi.search.cases.domain.CaseSheet;
import org.zongzhi.search.cases.infrastructure.CaseExport;

/**
 * Exports generated cases the way {@code GET /api/search/cases/export} does (point in time, search_after,
 * one row at a time into a streamed workbook) and reports the time and the heap it needed. Run it with a
 * small heap ({@code infra/bin/bench-export.sh} gives it -Xmx256m): the export must not hold the file. The
 * cases go into an index of their own, deleted at the end.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = args.length > 1 ? args[1] : "http://localhost:9200";
        Path divisions =
                Path.of(args.length > 2 ? args[2] : "tenant-service/src/main/resources/divisions/shanxi-divisions.csv");
        int pageSize = Integer.parseInt(System.getProperty("page-size", "1000"));
        ElasticsearchClient client = BenchClient.of(url);
        String index = "bench-export-" + System.currentTimeMillis();
        try (InputStream definition = ExportBenchmark.class.getResourceAsStream("/elasticsearch/cases-index.json")) {
            String json = new String(definition.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"refresh_interval\": \"1s\"", "\"refresh_interval\": \"-1\"");
            client.indices().create(c -> c.index(index).withJson(new StringReader(json)));
        }
        Path file = Files.createTempFile("export-bench", ".xlsx");
        try {
            new RealisticCases(divisions, 7).load(client, index, cases);
            Caller province = new Caller("bench", "bench", TenantCode.of("14"), Set.of("province-admin"));
            CaseQuery all = new CaseQuery(
                    null, null, null, null, null, null, null, null, null, null, null, null, "newest", 0, 1);
            CaseSheet sheet = new CaseSheet(Map.of());

            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long before =
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long start = System.nanoTime();
            long rows = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
                    CaseExport.Cursor cursor =
                            CaseExport.over(client, index, pageSize).open(province, all);
                    XlsxStream xlsx = XlsxStream.open(out, "案件", CaseSheet.WIDTHS)) {
                xlsx.row(CaseSheet.HEADER);
                for (List<CaseDocument> page = cursor.next(); !page.isEmpty(); page = cursor.next()) {
                    for (CaseDocument d : page) {
                        xlsx.row(sheet.row(d));
                        rows++;
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
            System.out.printf(
                    "Exported %,d cases (%,d pages of %d) in %.1f s (%.0f rows/s) to %,d bytes%n",
                    rows, (rows + pageSize - 1) / pageSize, pageSize, seconds, rows / seconds, Files.size(file));
            System.out.printf(
                    "Heap: %.0f MiB used before, peak %.0f MiB during the export (sum of the heap pools' peaks), max %.0f MiB%n",
                    before / 1048576.0, peak / 1048576.0, max / 1048576.0);
            if (rows != cases) {
                throw new IllegalStateException("exported " + rows + " of " + cases + " cases");
            }
        } finally {
            Files.deleteIfExists(file);
            client.indices().delete(d -> d.index(index));
            client._transport().close();
        }
    }
}
