package org.zongzhi.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.search.cases.domain.CaseQuery;
import org.zongzhi.search.cases.infrastructure.CaseRollups;
import org.zongzhi.search.cases.infrastructure.CaseSearch;
import org.zongzhi.search.cases.infrastructure.CaseStatistics;

/**
 * Loads generated cases into an index of their own (the production mapping and analysis) and times the
 * service's own queries over it. Run with {@code infra/bin/bench-search.sh [cases] [elasticsearch-url]}; the
 * benchmark index is deleted at the end.
 */
public final class SearchBenchmark {

    private static final List<String> WORDS =
            List.of("欠薪", "农民工工资", "物业", "噪音", "宅基地", "工程款", "交房", "校园欺凌", "污水", "赡养");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String url = args.length > 1 ? args[1] : "http://localhost:9200";
        Path divisions =
                Path.of(args.length > 2 ? args[2] : "tenant-service/src/main/resources/divisions/shanxi-divisions.csv");
        ElasticsearchClient client = BenchClient.of(url);
        // BENCH_INDEX names an index a run with BENCH_KEEP_INDEX kept: its cases are measured again, not loaded
        String kept = System.getenv("BENCH_INDEX");
        String index = kept != null ? kept : "bench-cases-" + System.currentTimeMillis();
        var generator = new RealisticCases(divisions, 42);
        if (kept == null) {
            try (InputStream definition =
                    SearchBenchmark.class.getResourceAsStream("/elasticsearch/cases-index.json")) {
                String json = new String(definition.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("\"refresh_interval\": \"1s\"", "\"refresh_interval\": \"-1\"");
                client.indices().create(c -> c.index(index).withJson(new StringReader(json)));
            }
        }
        try {
            if (kept == null) {
                generator.load(client, index, cases);
                client.indices().putSettings(p -> p.index(index).settings(s -> s.refreshInterval(t -> t.time("1s"))));
                client.indices().forcemerge(f -> f.index(index).maxNumSegments(5L));
            }

            CaseSearch search = CaseSearch.over(client, index);
            List<String> counties = generator.centers().stream()
                    .map(code -> code.substring(0, 6))
                    .distinct()
                    .toList();
            Random random = new Random(7);
            for (int i = 0; i < 20; i++) {
                runQuery(search, counties, random);
            }
            double[] times = new double[200];
            long hits = 0;
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                hits += runQuery(search, counties, random);
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf(
                    "Full-text search with a county subtree filter, %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%,d hits in all)%n",
                    times.length,
                    times[times.length / 2],
                    times[(int) (times.length * 0.95)],
                    times[(int) (times.length * 0.99)],
                    hits);

            CaseStatistics statistics = CaseStatistics.over(search);
            Caller province = new Caller("bench", "bench", TenantCode.of("14"), Set.of("province-admin"));
            double[] rollups = new double[10];
            for (int i = 0; i < rollups.length + 2; i++) {
                long t = System.nanoTime();
                var report = statistics.measures(
                        province,
                        TenantCode.of("14"),
                        Instant.now().minusSeconds(366L * 86_400),
                        Instant.now(),
                        CaseStatistics.GroupBy.CHILD);
                if (i >= 2) {
                    rollups[i - 2] = (System.nanoTime() - t) / 1e6;
                }
                if (i == 0) {
                    System.out.printf(
                            "Province roll-up: %,d cases found, resolution rate %.4f, %d cities%n",
                            report.measures().found(),
                            report.measures().resolutionRate(),
                            report.groups().size());
                }
            }
            Arrays.sort(rollups);
            System.out.printf(
                    "Province roll-up by city (all measures), 10 repeated runs (shard request cache warm): p50 %.1f ms, max %.1f ms%n",
                    rollups[rollups.length / 2], rollups[rollups.length - 1]);

            // The daily roll-ups search-service keeps beside the case index (CaseRollups), built from scratch
            CaseRollups dailyRollups = CaseRollups.over(client, index);
            long built = System.nanoTime();
            dailyRollups.rebuild();
            System.out.printf(
                    "Daily roll-ups rebuilt from %,d cases in %.1f s%n",
                    statistics
                            .measures(province, TenantCode.of("14"), null, null, CaseStatistics.GroupBy.NONE)
                            .measures()
                            .found(),
                    (System.nanoTime() - built) / 1e9);

            // The province dashboard's data as the console asks for it (NumbersController): this year by month,
            // the same stretch of last year, by city, category, channel and risk, 30-day trends, 7-day alerts,
            // all at once, first aggregating every case, then as the service answers (with its roll-ups).
            // Cold: the request and query caches are cleared before each run; warm: they are not.
            for (CaseStatistics dashboardStatistics : List.of(statistics, CaseStatistics.over(search, dailyRollups))) {
                String source = dashboardStatistics == statistics ? "from every case" : "with daily roll-ups";
                for (boolean cold : new boolean[] {true, false}) {
                    double[] pages = new double[20];
                    Map<String, List<Double>> parts = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < pages.length + 2; i++) {
                        if (cold) {
                            client.indices()
                                    .clearCache(c -> c.index(index, index + "-rollups")
                                            .request(true)
                                            .query(true));
                        }
                        long t = System.nanoTime();
                        dashboard(dashboardStatistics, province, i >= 2 ? parts : new java.util.HashMap<>());
                        if (i >= 2) {
                            pages[i - 2] = (System.nanoTime() - t) / 1e6;
                        }
                    }
                    Arrays.sort(pages);
                    System.out.printf(
                            "Province dashboard data %s (8 requests in parallel), %d runs, %s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                            source,
                            pages.length,
                            cold ? "cold (request and query caches cleared before each)" : "warm",
                            pages[pages.length / 2],
                            pages[(int) Math.ceil(pages.length * 0.95) - 1],
                            pages[pages.length - 1]);
                    parts.forEach((part, durations) -> {
                        List<Double> sorted = durations.stream().sorted().toList();
                        System.out.printf(
                                "    %-12s p50 %.1f ms, p95 %.1f ms%n",
                                part,
                                sorted.get(sorted.size() / 2),
                                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
                    });
                }
            }
        } finally {
            if (System.getenv("BENCH_KEEP_INDEX") != null || kept != null) {
                System.out.println("Kept index " + index + " (BENCH_KEEP_INDEX)");
            } else {
                client.indices().delete(d -> d.index(index));
                client.indices().delete(d -> d.index(index + "-rollups").ignoreUnavailable(true));
            }
            client._transport().close();
        }
    }

    private static final List<String> DASHBOARD_PARTS =
            List.of("by month", "last year", "by city", "by category", "by channel", "by risk", "trends", "alerts");

    /** Runs the dashboard's requests in parallel; adds each one's own time to {@code parts}. */
    private static void dashboard(CaseStatistics statistics, Caller province, Map<String, List<Double>> parts)
            throws Exception {
        TenantCode root = TenantCode.of("14");
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        Instant end = now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()).toInstant();
        Instant yearStart =
                now.withDayOfYear(1).toLocalDate().atStartOfDay(now.getZone()).toInstant();
        Instant lastYearStart = yearStart.atZone(now.getZone()).minusYears(1).toInstant();
        Instant lastYearEnd = end.atZone(now.getZone()).minusYears(1).toInstant();
        Instant minute = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        List<java.util.concurrent.Callable<?>> calls = List.of(
                () -> statistics.measures(province, root, yearStart, end, CaseStatistics.GroupBy.MONTH, true),
                () -> statistics.measures(province, root, lastYearStart, lastYearEnd, CaseStatistics.GroupBy.NONE),
                () -> statistics.measures(province, root, yearStart, end, CaseStatistics.GroupBy.CHILD),
                () -> statistics.measures(province, root, yearStart, end, CaseStatistics.GroupBy.CATEGORY, true),
                () -> statistics.measures(province, root, yearStart, end, CaseStatistics.GroupBy.CHANNEL, true),
                () -> statistics.measures(province, root, yearStart, end, CaseStatistics.GroupBy.RISK, true),
                () -> statistics.trends(province, root, minute, 30),
                () -> statistics.groupDisputeAlerts(province, root, minute, 7, 5));
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<java.util.concurrent.Future<Double>>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    call.call();
                    return (System.nanoTime() - t) / 1e6;
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                parts.computeIfAbsent(DASHBOARD_PARTS.get(i), k -> new ArrayList<>())
                        .add(futures.get(i).get());
            }
        }
    }

    private static long runQuery(CaseSearch search, List<String> counties, Random random) {
        String county = counties.get(random.nextInt(counties.size()));
        Caller caller = new Caller("bench", "bench", TenantCode.of(county), Set.of("county-admin"));
        var query = new CaseQuery(
                WORDS.get(random.nextInt(WORDS.size())),
                TenantCode.of(county),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                20);
        return search.search(caller, query).total();
    }
}
