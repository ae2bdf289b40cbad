package org.zongzhi.search.cases.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.zongzhi.platform.events.CaseEventStream;
import org.zongzhi.platform.events.EventEnvelope;
import org.zongzhi.search.cases.domain.CaseDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indexes case events from the Redis Stream {@code case-events} through the consumer group
 * {@code search-indexer}: reads a batch, keeps the newest snapshot per case, upserts it (versioned), and
 * acknowledges only after Elasticsearch took the whole batch. After a crash or restart the consumer first
 * re-reads what it had read but not acknowledged; entries another replica left unacknowledged for a minute
 * are claimed. Nothing is lost (at least once) and nothing is duplicated (one document per case, versioned).
 * An entry that cannot be read at all goes to {@code case-events-dead} so it cannot block the stream. The
 * stream is {@link CaseEventStream}'s unless {@code platform.indexer.stream} names another (a test's own).
 */
@Component
class CaseEventIndexer implements SmartLifecycle {

    static final String GROUP = CaseEventStream.INDEXER_GROUP;
    private static final Logger log = LoggerFactory.getLogger(CaseEventIndexer.class);

    private final StringRedisTemplate redis;
    private final CaseIndexWriter writer;
    private final CaseIndex index;
    private final JsonMapper json;
    private final Timer lag;
    private final String consumer;
    private final String stream;
    private final String deadLetters;
    private final int batchSize;
    private volatile boolean running;
    private volatile java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    private boolean groupReady;
    private Thread worker;

    CaseEventIndexer(
            StringRedisTemplate redis,
            CaseIndexWriter writer,
            CaseIndex index,
            JsonMapper json,
            MeterRegistry meters,
            @Value("${platform.indexer.consumer:}") String consumer,
            @Value("${platform.indexer.stream:" + CaseEventStream.NAME + "}") String stream,
            @Value("${platform.indexer.batch-size:500}") int batchSize) {
        this.stream = stream;
        this.deadLetters = CaseEventStream.deadLetters(stream);
        this.redis = redis;
        this.writer = writer;
        this.index = index;
        this.json = json;
        this.batchSize = batchSize;
        this.consumer = consumer.isBlank() ? defaultConsumerName() : consumer;
        this.lag = Timer.builder("search.case.index.lag")
                .description("From a case change's commit in case-service to its document being indexed")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
    }

    /** The stream this indexer reads. */
    String stream() {
        return stream;
    }

    /** Where it puts entries it cannot read. */
    String deadLetters() {
        return deadLetters;
    }

    @Override
    public void start() {
        stopped = new java.util.concurrent.CountDownLatch(1);
        running = true;
        worker = Thread.ofPlatform().name("case-event-indexer").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        stopped.countDown();
        if (worker != null) {
            worker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        long backoffMillis = 500;
        boolean pendingFirst = true;
        Instant lastClaim = Instant.EPOCH;
        while (running) {
            try {
                ensureGroup();
                index.ensure();
                if (Instant.now().isAfter(lastClaim.plusSeconds(30))) {
                    claimAbandoned();
                    lastClaim = Instant.now();
                    pendingFirst = true;
                }
                List<MapRecord<String, Object, Object>> records = read(pendingFirst);
                if (pendingFirst && records.isEmpty()) {
                    pendingFirst = false;
                    continue;
                }
                process(records);
                backoffMillis = 500;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Indexing paused ({}); retrying in {} ms", describe(e), backoffMillis);
                pendingFirst = true;
                groupReady = false;
                awaitStopOrRetry(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 30_000);
            }
        }
    }

    /** Indexes one batch and acknowledges it; public for tests that drive the indexer step by step. */
    void process(List<MapRecord<String, Object, Object>> records) {
        if (records.isEmpty()) {
            return;
        }
        Map<String, CaseDocument> newest = new LinkedHashMap<>();
        Map<String, Instant> committed = new LinkedHashMap<>();
        var unreadable = new ArrayList<MapRecord<String, Object, Object>>();
        Instant now = Instant.now();
        for (MapRecord<String, Object, Object> record : records) {
            try {
                EventEnvelope envelope = json.readValue(
                        String.valueOf(record.getValue().get(CaseEventStream.FIELD)), EventEnvelope.class);
                CaseSnapshot snapshot = json.readValue(envelope.payload(), CaseSnapshot.class);
                CaseDocument document = CaseDocuments.of(snapshot, now);
                newest.merge(document.id(), document, (a, b) -> a.version() >= b.version() ? a : b);
                committed.merge(document.id(), envelope.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
            } catch (RuntimeException e) {
                log.error(
                        "Case event {} cannot be read ({}); moving it to {}",
                        record.getId(),
                        e.getMessage(),
                        deadLetters);
                unreadable.add(record);
            }
        }
        writer.upsert(List.copyOf(newest.values()));
        Instant indexed = Instant.now();
        committed.values().forEach(at -> lag.record(Duration.between(at, indexed)));
        for (MapRecord<String, Object, Object> record : unreadable) {
            redis.opsForStream()
                    .add(
                            deadLetters,
                            Map.of(
                                    "id",
                                    record.getId().getValue(),
                                    CaseEventStream.FIELD,
                                    String.valueOf(record.getValue().get(CaseEventStream.FIELD))));
        }
        redis.opsForStream()
                .acknowledge(
                        stream, GROUP, records.stream().map(MapRecord::getId).toArray(RecordId[]::new));
    }

    private List<MapRecord<String, Object, Object>> read(boolean pending) {
        var options = StreamReadOptions.empty().count(batchSize);
        if (!pending) {
            options = options.block(Duration.ofSeconds(2));
        }
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .read(
                        Consumer.from(GROUP, consumer),
                        options,
                        StreamOffset.create(stream, pending ? ReadOffset.from("0") : ReadOffset.lastConsumed()));
        return records == null
                ? List.of()
                : records.stream().filter(Objects::nonNull).toList();
    }

    /** Takes over entries another consumer read but did not acknowledge for a minute (it died). */
    private void claimAbandoned() {
        var pending = redis.opsForStream().pending(stream, GROUP, Range.unbounded(), 1000);
        List<RecordId> abandoned = new ArrayList<>();
        for (PendingMessage message : pending) {
            if (!message.getConsumerName().equals(consumer)
                    && message.getElapsedTimeSinceLastDelivery().toSeconds() >= 60) {
                abandoned.add(message.getId());
            }
        }
        if (!abandoned.isEmpty()) {
            redis.opsForStream()
                    .claim(stream, GROUP, consumer, Duration.ofSeconds(60), abandoned.toArray(RecordId[]::new));
            log.info("Claimed {} case events abandoned by other indexers", abandoned.size());
        }
    }

    private void ensureGroup() {
        if (groupReady) {
            return;
        }
        try {
            redis.execute((RedisCallback<Object>) connection -> createGroup(connection));
        } catch (DataAccessException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
                throw e;
            }
        }
        groupReady = true;
    }

    private Object createGroup(RedisConnection connection) {
        return connection
                .streamCommands()
                .xGroupCreate(stream.getBytes(StandardCharsets.UTF_8), GROUP, ReadOffset.from("0"), true);
    }

    private static String describe(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.getMessage() : e.getMessage() + ": " + root.getMessage();
    }

    /** Backs off before retrying, but ends at once when the service stops. */
    private void awaitStopOrRetry(long millis) {
        try {
            stopped.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String defaultConsumerName() {
        try {
            return "indexer-" + InetAddress.getLocalHost().getHostName() + "-"
                    + ProcessHandle.current().pid();
        } catch (UnknownHostException e) {
            return "indexer-" + ProcessHandle.current().pid();
        }
    }
}
