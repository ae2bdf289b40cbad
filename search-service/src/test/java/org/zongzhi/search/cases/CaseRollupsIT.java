package org.zongzhi.search.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.search.cases.CaseBuilder.takenIn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.Measures;
import org.zongzhi.search.cases.domain.RollupKey;
import org.zongzhi.search.cases.infrastructure.CaseIndex;
import org.zongzhi.search.cases.infrastructure.CaseIndexWriter;
import org.zongzhi.search.cases.infrastructure.CaseRollups;
import org.zongzhi.search.cases.infrastructure.CaseStatistics;
import org.zongzhi.search.cases.infrastructure.CaseStatistics.GroupBy;
import org.zongzhi.testsupport.PlatformIntegrationTest;

/**
 * The daily roll-ups answer the province's, cities' and counties' questions with exactly the figures
 * aggregating every case gives: while the roll-ups are stale (just after indexing) and once recomputed,
 * for every grouping they serve, with cases taken in at villages, townships, a county and a city itself.
 */
@PlatformIntegrationTest
class CaseRollupsIT {

    private static final String SHANXI = "14";
    private static final String CHANGZHI = "1404";
    private static final String SHANGDANG = "140404";
    private static final String CHANGAN = "140404001001";
    private static final String HANDIAN = "140404001";
    private static final String LUZHOU = "140403001001";
    private static final String TAIYUAN_VILLAGE = "140105001001";

    private static final Caller PROVINCE =
            new Caller("it", "province", TenantCode.of(SHANXI), Set.of("province-admin"));

    private static boolean written;
    private static LocalDate first;
    private static CaseDocument open;

    @Autowired
    CaseIndexWriter writer;

    @Autowired
    CaseIndex index;

    @Autowired
    CaseStatistics statistics;

    @Autowired
    CaseRollups rollups;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient client;

    @BeforeEach
    void writeTheCases() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(rollups::isReady);
        if (written) {
            return;
        }
        // a year of its own: no other test's cases fall in it
        first = LocalDate.of(ThreadLocalRandom.current().nextInt(9_100, 9_900), 1, 30);
        var cases = new ArrayList<CaseDocument>();
        String[] origins = {CHANGAN, CHANGAN, HANDIAN, SHANGDANG, LUZHOU, TAIYUAN_VILLAGE, CHANGZHI};
        String[] categories = {"WAGE_ARREARS", "NEIGHBOURS", "PROPERTY_MANAGEMENT"};
        String[] channels = {"WALK_IN", "GRID_REPORT", "HOTLINE_12345"};
        for (int day = 0; day < 40; day += 3) {
            // 9:30 and 23:30 China time: the second lands on the next day in UTC, not in China
            for (int hour : new int[] {1, 15}) {
                Instant at = first.plusDays(day)
                        .atStartOfDay(RollupKey.CHINA)
                        .toInstant()
                        .plusSeconds(hour * 3_600L + 1_800);
                for (int i = 0; i < origins.length; i++) {
                    var builder = takenIn(origins[i], at)
                            .about(categories[(day + i) % categories.length])
                            .through(channels[(day + i + hour) % channels.length]);
                    switch ((day + i) % 6) {
                        case 0 -> builder.mediated(true, 2.5).followedUp("SATISFIED");
                        case 1 -> builder.guidedToLitigation(false, 30).followedUp("DISSATISFIED");
                        case 2 -> builder.accepted(false).warned("RED");
                        case 3 ->
                            builder.accepted(true)
                                    .supervised(2, 1, 1, Instant.now().minusSeconds(3_600));
                        case 4 -> builder.mediated(false, 7).warned("NONE");
                        default ->
                            builder.warned("YELLOW")
                                    .supervised(1, 1, 0, Instant.now().plusSeconds(86_400));
                    }
                    cases.add(builder.build());
                }
            }
        }
        open = takenIn(
                        SHANGDANG,
                        first.atStartOfDay(RollupKey.CHINA).toInstant().plusSeconds(36_000))
                .about("NEIGHBOURS")
                .accepted(true)
                .build();
        cases.add(open);
        Documents.index(index, writer, client, cases);
        written = true;
    }

    @Test
    void whileStaleAndOnceRecomputedTheRollupsGiveTheFiguresOfTheCases() {
        // at once: the roll-ups these cases count in are stale, and their cases are counted directly
        assertEveryAnswerIsTheCases();

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> staleWithin(SHANXI).isEmpty());
        assertEveryAnswerIsTheCases();
    }

    @Test
    void aCaseClosedLaterMovesTheFiguresAtOnce() throws Exception {
        Instant from = first.atStartOfDay(RollupKey.CHINA).toInstant();
        Instant to = from.plusSeconds(86_400);
        Measures before = (Measures) statistics
                .measures(PROVINCE, TenantCode.of(CHANGZHI), from, to, GroupBy.NONE, false)
                .overall();

        CaseDocument closed = takenIn(SHANGDANG, open.createdAt())
                .about("NEIGHBOURS")
                .mediated(true, 1)
                .nextVersionOf(open)
                .build();
        Documents.index(index, writer, client, List.of(closed));

        Measures after = (Measures) statistics
                .measures(PROVINCE, TenantCode.of(CHANGZHI), from, to, GroupBy.NONE, false)
                .overall();
        assertThat(after.found()).isEqualTo(before.found());
        assertThat(after.closed()).isEqualTo(before.closed() + 1);
        assertThat(after.resolved()).isEqualTo(before.resolved() + 1);
        assertThat(after.open()).isEqualTo(before.open() - 1);
        open = closed;
    }

    @Test
    void aBreakdownByDayOverMillenniaIsAProblemToActOnNotAFailure() throws Exception {
        Instant longAgo = LocalDate.of(1990, 1, 1).atStartOfDay(RollupKey.CHINA).toInstant();
        Instant farAhead =
                LocalDate.of(9990, 1, 1).atStartOfDay(RollupKey.CHINA).toInstant();
        Documents.index(
                index,
                writer,
                client,
                List.of(
                        takenIn(CHANGAN, longAgo).build(),
                        takenIn(CHANGAN, farAhead).build()));

        // the province (from its roll-ups) and a township (from its cases), each over 8,000 years by day
        for (String center : List.of(SHANXI, HANDIAN)) {
            org.zongzhi.testsupport.Http.Response response = org.zongzhi.testsupport.Http.get(
                    "http://localhost:" + port + "/api/search/stats?groupBy=day&center=" + center,
                    org.zongzhi.testsupport.Tokens.of("province.admin"));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("too long to break down by day");
        }
    }

    private void assertEveryAnswerIsTheCases() {
        Instant from = first.atStartOfDay(RollupKey.CHINA).toInstant();
        Instant to = first.plusDays(45).atStartOfDay(RollupKey.CHINA).toInstant();
        Instant midFrom = first.plusDays(3).atStartOfDay(RollupKey.CHINA).toInstant();
        for (String center : List.of(SHANXI, CHANGZHI, SHANGDANG)) {
            for (Instant[] period : List.of(new Instant[] {from, to}, new Instant[] {midFrom, to})) {
                for (GroupBy groupBy : GroupBy.values()) {
                    for (boolean basic : new boolean[] {false, true}) {
                        boolean served = switch (groupBy) {
                            case NONE, DAY, WEEK, MONTH -> true;
                            case CHILD -> !center.equals(SHANGDANG);
                            case CATEGORY, CHANNEL, RISK, LEVEL -> basic;
                            case CENTER -> false;
                        };
                        if (!served) {
                            continue;
                        }
                        TenantCode code = TenantCode.of(center);
                        CaseStatistics.Report cases =
                                statistics.fromCases(PROVINCE, code, period[0], period[1], groupBy, basic);
                        CaseStatistics.Report answered = rollups.report(code, period[0], period[1], groupBy, basic)
                                .orElseThrow(() -> new AssertionError("the roll-ups do not answer " + groupBy));
                        assertThat(statistics.measures(PROVINCE, code, period[0], period[1], groupBy, basic))
                                .isEqualTo(answered);
                        assertThat(answered)
                                .as("%s grouped by %s (basic %s) from %s", center, groupBy, basic, period[0])
                                .isEqualTo(cases);
                        assertThat(cases.groups().isEmpty()).isEqualTo(groupBy == GroupBy.NONE);
                    }
                }
            }
        }
        Measures province = (Measures) statistics
                .measures(PROVINCE, TenantCode.of(SHANXI), from, to, GroupBy.NONE, false)
                .overall();
        assertThat(province.found()).isEqualTo(14L * 2 * 7 + 1);
        assertThat(province.supervisionOverdue()).isPositive();
    }

    private List<String> staleWithin(String center) {
        Set<String> stale = redis.opsForZSet().range("search:rollups:stale:case-rollups", 0, -1);
        var mine = new ArrayList<String>();
        for (String id : stale == null ? Set.<String>of() : stale) {
            RollupKey key = RollupKey.parse(id);
            if (key.center().startsWith(center)
                    && !key.day().isBefore(first)
                    && key.day().isBefore(first.plusDays(45))) {
                mine.add(id);
            }
        }
        return mine;
    }
}
