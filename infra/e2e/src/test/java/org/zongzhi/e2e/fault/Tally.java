package org.zongzhi.e2e.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.zongzhi.testsupport.Http;

/**
 * Counts what became of a load, from the sources of truth: the case database (as its administrator, past
 * row-level security), the search index, and the search API through the gateway; prints the figures.
 *
 * @param sent cases the clients took in (each with its own key)
 * @param acknowledged cases the platform answered 201 or 200 for
 * @param stored distinct cases of the load in the database
 * @param acknowledgedStored acknowledged case ids found in the database
 * @param searchable cases of the load the search API finds through the gateway
 * @param indexed documents of the load in the index
 * @param duplicated database rows beyond one per idempotency key
 */
record Tally(
        String fault,
        int sent,
        int acknowledged,
        int stored,
        int acknowledgedStored,
        long searchable,
        long indexed,
        int duplicated,
        int attempts,
        int replays) {

    static final Path REPORT = Path.of("target", "fault-figures.txt");

    /** Counts once the index holds the whole load (or the time is up), and prints the figures. */
    static Tally of(String fault, IntakeLoad load, FaultPlatform platform, Duration indexWithin, String searcher)
            throws InterruptedException {
        Map<String, String> acked = load.acknowledged();
        int rows;
        int distinct;
        int ackedStored;
        try (Connection db = DriverManager.getConnection(platform.caseJdbcUrl(), "platform", "platform")) {
            var counts = db.prepareStatement("select count(*), count(distinct title) from cases where place = ?");
            counts.setString(1, load.place());
            var rs = counts.executeQuery();
            rs.next();
            rows = rs.getInt(1);
            distinct = rs.getInt(2);
            var found = db.prepareStatement("select count(*) from cases where id = any(?::uuid[])");
            found.setArray(1, db.createArrayOf("text", acked.values().toArray()));
            var foundRs = found.executeQuery();
            foundRs.next();
            ackedStored = foundRs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the cases in the database: " + e.getMessage(), e);
        }
        int stored = distinct;
        long indexed = org.zongzhi.e2e.Patience.until(
                () -> indexed(platform, load), count -> count >= stored, Duration.ofMillis(500), indexWithin);
        long searchable = searchable(platform, load, searcher);
        var tally = new Tally(
                fault,
                load.sent(),
                acked.size(),
                distinct,
                ackedStored,
                searchable,
                indexed,
                rows - distinct,
                load.attempts(),
                load.replays());
        tally.print();
        return tally;
    }

    /** Documents of the load in the index, by their exact place. */
    static long indexed(FaultPlatform platform, IntakeLoad load) {
        try {
            Http.Response response = Http.postJson(
                    platform.elasticsearch() + "/cases/_count",
                    null,
                    Http.json(Map.of("query", Map.of("term", Map.of("place.keyword", load.place())))),
                    platform.elasticsearchHeaders());
            return response.status() == 200 ? response.json().get("count").asLong() : -1;
        } catch (IllegalStateException down) {
            return -1;
        }
    }

    /** What the search API answers for the load's marker, through the gateway. */
    static long searchable(FaultPlatform platform, IntakeLoad load, String searcher) {
        Http.Response response = Http.get(
                platform.gateway() + "/api/search/cases?size=1&q="
                        + URLEncoder.encode(load.run(), StandardCharsets.UTF_8),
                platform.token(searcher));
        if (response.status() != 200) {
            throw new IllegalStateException("search answered " + response.status() + ": " + response.body());
        }
        return response.json().get("total").asLong();
    }

    void print() {
        String line = String.format(
                "FAULT %-34s sent %6d / acknowledged %6d / stored %6d / searchable %6d / duplicated %d"
                        + "  (acknowledged ids in the database %d, in the index %d; %d requests, %d replays)",
                fault,
                sent,
                acknowledged,
                stored,
                searchable,
                duplicated,
                acknowledgedStored,
                indexed,
                attempts,
                replays);
        System.out.println(line);
        try {
            Files.createDirectories(REPORT.toAbsolutePath().getParent());
            Files.writeString(
                    REPORT,
                    Instant.now() + " " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
