package org.zongzhi.cases.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.cases.CaseServiceIT;
import org.zongzhi.cases.fixtures.TestClock;
import org.zongzhi.cases.supervision.WarningScan;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * The warning scan over a million open cases: seeds {@code bench.cases} (default 1,000,000) open cases
 * held by made-up villages (county 149901, which no real division has), a third of them due to turn
 * blue, a third yellow and a third red (each red one gets a supervision order), times one full scan and
 * then a second one with nothing due, and removes what it made. Run by
 * {@code case-service/bin/bench-warning-scan.sh}; it prints the times and asserts what the scan did (every
 * case changed colour once, every red one got one supervision order, nothing was due the second time),
 * never how long it took.
 */
@CaseServiceIT
class WarningScanBenchmark {

    private static final String MARK = "基准测试案件";

    @Autowired
    WarningScan scan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void scansAMillionOpenCases() throws Exception {
        int cases = Integer.getInteger("bench.cases", 1_000_000);
        Instant now = clock.instant();
        try {
            long seeding = System.nanoTime();
            for (int from = 1; from <= cases; from += 100_000) {
                seed(from, Math.min(cases, from + 99_999), now);
            }
            analyze();
            System.out.printf("seeded %d open cases in %.1f s%n", cases, (System.nanoTime() - seeding) / 1e9);

            long first = System.nanoTime();
            WarningScan.Result result = scan.scan();
            double firstSeconds = (System.nanoTime() - first) / 1e9;
            long second = System.nanoTime();
            WarningScan.Result again = scan.scan();
            double secondSeconds = (System.nanoTime() - second) / 1e9;

            System.out.printf(
                    "warning scan over %d open cases: %d changed colour and %d supervision orders issued in %.1f s"
                            + " (%.0f cases/s); the next scan with nothing due took %.3f s (%d changed)%n",
                    cases,
                    result.changed(),
                    result.supervised(),
                    firstSeconds,
                    result.changed() / firstSeconds,
                    secondSeconds,
                    again.changed());
            assertThat(result.changed()).as("cases that changed colour").isEqualTo(cases);
            assertThat(result.supervised())
                    .as("supervision orders for the red ones")
                    .isEqualTo((cases + 1) / 3);
            assertThat(again.changed()).as("changed by a scan with nothing due").isZero();
            assertThat(again.supervised()).isZero();
        } finally {
            cleanUp();
        }
    }

    private void seed(int from, int to, Instant now) {
        TenantScope.asSystem(
                "benchmark seed",
                () -> transactions.execute(tx -> jdbc.sql("""
                        insert into cases (id, code, origin, holder, custody, channel, category, title, description,
                            group_size, violence_risk, vulnerable_parties, sensitive_period, risk_level, risk_reasons,
                            status, first_responder, responsible, step_limit, step_started_at, blue_at, yellow_at,
                            due_at, warning, next_warning_at, secret_hash, snapshot, created_at, file_due_at,
                            updated_at, version)
                        select id, '99' || lpad(i::text, 21, '0') || '0', holder, holder, array[holder]::varchar(12)[],
                               'WALK_IN', 'NEIGHBOURS', :mark, '基准测试', 1, false, false, false, 'GENERAL', '{}',
                               'INVESTIGATING', 'bench', 'bench', 'WD:10', :now - interval '20 days',
                               :now - interval '3 days',
                               case when i % 3 = 0 then :now + interval '1 day' else :now - interval '1 day' end,
                               case when i % 3 = 2 then :now - interval '1 hour' else :now + interval '3 days' end,
                               'NONE', :now - interval '3 days', 'bench',
                               jsonb_build_object('id', id, 'code', i, 'version', 1, 'title', :mark,
                                   'description', repeat('邻里纠纷详情', 60), 'status', 'INVESTIGATING',
                                   'statusLabel', '调查落实中', 'warning', 'NONE', 'holderCenter', holder,
                                   'supervisions', '[]'::jsonb),
                               :now - interval '20 days', :now - interval '19 days', :now - interval '20 days', 1
                          from generate_series(:from, :to) as i,
                               lateral (select gen_random_uuid() as id,
                                               '149901' || lpad((i % 999 + 1)::text, 3, '0') || '001' as holder) h
                        """)
                        .param("mark", MARK)
                        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .param("from", from)
                        .param("to", to)
                        .update()));
    }

    private Connection admin() throws Exception {
        return DriverManager.getConnection(
                url,
                System.getenv().getOrDefault("PLATFORM_PG_ADMIN_USER", "platform"),
                System.getenv().getOrDefault("PLATFORM_PG_ADMIN_PASSWORD", "platform"));
    }

    private void analyze() throws Exception {
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute("vacuum analyze cases");
        }
    }

    /**
     * Removes the benchmark's rows as the database administrator, with triggers and foreign-key checks
     * off for this session: timelines are append-only for the service's own role, which the foreign-key
     * check of a deleted case would need.
     */
    private void cleanUp() throws Exception {
        long start = System.nanoTime();
        try (Connection c = admin();
                Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            String bench = "(select id from cases where title = '" + MARK + "')";
            s.execute("delete from case_outbox where aggregate_id in " + bench);
            s.execute("delete from case_timeline where case_id in " + bench);
            s.execute("delete from case_supervision where case_id in " + bench);
            s.execute("delete from cases where title = '" + MARK + "'");
            s.execute("vacuum analyze cases");
        }
        System.out.printf("removed the benchmark's cases in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
}
