package org.zongzhi.tenant.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.tenant.conformance.domain.AppliedItem;
import org.zongzhi.tenant.conformance.domain.Scorecard;
import org.zongzhi.tenant.conformance.domain.Scoring;
import org.zongzhi.tenant.conformance.domain.StandardDocument;
import org.zongzhi.tenant.conformance.infrastructure.AssessmentStore;
import org.zongzhi.tenant.conformance.infrastructure.StandardStore;
import org.zongzhi.testsupport.PlatformIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark, not a timed assertion: the province opens a round over every Shanxi center, computes it,
 * every scorecard is finalised in-process, and rankings and 达标率 are asked over the result. Numbers go to
 * stdout and {@code target/conformance-benchmark.txt}. Opt-in, because it leaves a 23,000-center round in the
 * test database: {@code -Dit.test=ConformanceScaleBenchmarkIT -Dconformance.benchmark=true}.
 */
@PlatformIntegrationTest
@EnabledIfSystemProperty(named = "conformance.benchmark", matches = "true")
class ConformanceScaleBenchmarkIT {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentStore assessments;

    @Autowired
    StandardStore standards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    @Test
    void aRoundOverAllShanxiCenters() throws Exception {
        Api api = new Api(port);
        var report = new ArrayList<String>();
        String existing = System.getProperty("conformance.benchmark.version");
        if (existing != null) {
            queries(api, Integer.parseInt(existing), report);
            return;
        }
        int version = api.ok(api.post("province.admin", "standards", Map.of("copyOf", 1)))
                .get("number")
                .asInt();
        api.ok(api.post(
                "province.admin",
                "standards/" + version + "/publication",
                Map.of("effectiveFrom", LocalDate.now().toString())));

        long t0 = System.nanoTime();
        var opened = api.ok(api.postSlowly(
                "province.admin",
                "assessments/rounds",
                Map.of(
                        "title",
                        "全省基准测试",
                        "standardVersion",
                        version,
                        "periodFrom",
                        "2026-01-01",
                        "periodTo",
                        "2026-06-30",
                        "cutoff",
                        Instant.now().plus(Duration.ofDays(365)).toString(),
                        "levels",
                        List.of("CITY", "COUNTY", "TOWNSHIP", "VILLAGE"),
                        "includePlanned",
                        true)));
        long openMs = ms(t0);
        long round = opened.get("round").get("id").asLong();
        long centers = opened.get("assessmentsByStatus").get("OPEN").asLong();
        report.add("open round: " + centers + " assessments in " + openMs + " ms");
        assertThat(centers).isGreaterThan(20_000);

        t0 = System.nanoTime();
        var computation =
                api.ok(api.postSlowly("province.admin", "assessments/rounds/" + round + "/computation", null));
        long computeMs = ms(t0);
        report.add("compute every computed item: "
                + computation.get("computedItems").asLong() + " items ("
                + computation.get("notAvailable").asLong() + " not available) in " + computeMs + " ms (server "
                + computation.get("millis").asLong() + " ms)");

        t0 = System.nanoTime();
        int finalised = finaliseAll(round, version);
        report.add("score and finalise in-process: " + finalised + " scorecards in " + ms(t0) + " ms");
        queries(api, version, report);
    }

    /** Rankings and rates over a version's final scorecards; {@code -Dconformance.benchmark.version=n} reruns only these. */
    private void queries(Api api, int version, List<String> report) throws java.io.IOException {

        for (String query : List.of(
                "assessments/ranking?root=14&level=VILLAGE&version=" + version,
                "assessments/ranking?root=14&level=VILLAGE&size=1000&version=" + version,
                "assessments/ranking?root=14&level=TOWNSHIP&version=" + version,
                "assessments/ranking?root=1404&level=TOWNSHIP&version=" + version,
                "assessments/ranking?root=140404&level=TOWNSHIP&version=" + version,
                "assessments/conformance-rate?root=14&version=" + version,
                "assessments/conformance-rate?root=14&level=COUNTY&version=" + version)) {
            api.ok(api.get("province.admin", query));
            long[] times = new long[7];
            for (int i = 0; i < times.length; i++) {
                long start = System.nanoTime();
                api.ok(api.get("province.admin", query));
                times[i] = ms(start);
            }
            Arrays.sort(times);
            report.add(query + ": median " + times[times.length / 2] + " ms, max " + times[times.length - 1] + " ms");
        }
        report.forEach(line -> System.out.println("[conformance-benchmark] " + line));
        Files.write(Path.of("target", "conformance-benchmark.txt"), report);
    }

    private int finaliseAll(long round, int version) {
        return TenantScope.asSystem(
                "benchmark finalisation",
                () -> transactions.execute(tx -> {
                    StandardDocument standard =
                            standards.find(version).orElseThrow().version().document();
                    Map<Long, List<AppliedItem>> templates = new HashMap<>();
                    var rows = new ArrayList<Object[]>();
                    for (AssessmentStore.Assessment a : assessments.unfinishedForUpdate(round)) {
                        List<AppliedItem> items = templates.computeIfAbsent(a.templateId(), assessments::template);
                        Scorecard card = Scoring.score(standard, items, a.entries());
                        rows.add(new Object[] {
                            json.writeValueAsString(card),
                            card.points(),
                            card.awarded(),
                            card.percent(),
                            card.grade(),
                            card.passing(),
                            a.id()
                        });
                    }
                    jdbc.batchUpdate(
                            "update assessment set status = 'FINAL', scorecard = cast(? as jsonb), points = ?, awarded = ?,"
                                    + " percent = ?, grade = ?, passing = ?, finalized_at = now() where id = ?",
                            rows);
                    return rows.size();
                }));
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
