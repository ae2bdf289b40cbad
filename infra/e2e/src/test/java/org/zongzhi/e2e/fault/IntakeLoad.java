package org.zongzhi.e2e.fault;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.zongzhi.e2e.Patience;
import org.zongzhi.testsupport.Http;

/**
 * Clients taking cases in through the gateway the way a careful client does: each case has its own
 * Idempotency-Key, made once; when the answer is not an acknowledgement (no answer, a 5xx, a 429) the
 * client waits a little and sends the same request with the same key again, until it is acknowledged (201,
 * or 200 when the platform had taken it in already) or the retry deadline passes. A 4xx other than 429 is
 * a refusal and ends that case's tries.
 */
final class IntakeLoad {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private final String gateway;
    private final Supplier<String> token;
    private final String run;
    private final int cases;
    private final int clients;
    private final Duration retryDeadline;

    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger replays = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong lastFailure = new AtomicLong();
    private ExecutorService pool;

    /**
     * @param run a marker of this load, unique per run: in every title and as every case's place
     * @param cases how many cases to take in
     */
    IntakeLoad(String gateway, Supplier<String> token, String run, int cases, int clients, Duration retryDeadline) {
        this.gateway = gateway;
        this.token = token;
        this.run = run;
        this.cases = cases;
        this.clients = clients;
        this.retryDeadline = retryDeadline;
    }

    /** The place every case of this load names: one exact value to count them by in the index. */
    String place() {
        return "故障演练点 " + run;
    }

    String run() {
        return run;
    }

    IntakeLoad start() {
        pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(this::client);
        }
        pool.shutdown();
        return this;
    }

    /** Waits until every case is acknowledged, refused or out of retries. */
    IntakeLoad await(Duration max) throws InterruptedException {
        if (!pool.awaitTermination(max.toMillis(), TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("the load did not finish within " + max + ": " + this);
        }
        return this;
    }

    /** Waits until at least {@code count} cases are acknowledged. */
    void awaitAcknowledged(int count, Duration max) {
        if (!Patience.within(() -> acknowledged.size() >= count, Duration.ofMillis(50), max)) {
            throw new IllegalStateException(
                    "only " + acknowledged.size() + " of " + count + " cases acknowledged within " + max + ": " + this);
        }
    }

    private void client() {
        int i;
        while ((i = next.getAndIncrement()) < cases) {
            takeIn(i);
        }
    }

    private void takeIn(int i) {
        String key = run + "-" + i;
        String body = Http.json(Map.of(
                "channel",
                "GRID_REPORT",
                "category",
                "HAZARD",
                "title",
                "故障演练 " + run + " 第" + i + "件",
                "description",
                "网格员巡查发现楼道堆放杂物，故障演练编号 " + run + "-" + i,
                "place",
                place(),
                "applicants",
                List.of(Map.of(
                        "kind",
                        "PERSON",
                        "name",
                        "演练人" + i,
                        "idNumber",
                        idNumber(i),
                        "phone",
                        String.format("138%08d", i)))));
        sent.incrementAndGet();
        // the same request with the same key until it is answered for good, waiting 100 ms, 200 ms … 2 s between
        Patience.until(
                () -> send(key, body),
                Boolean::booleanValue,
                org.awaitility.pollinterval.IterativePollInterval.iterative(
                        wait -> wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2),
                        Duration.ofMillis(100)),
                retryDeadline);
    }

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    /** One attempt: true when the request is answered for good (acknowledged or refused), false to send it again. */
    private boolean send(String key, String body) {
        attempts.incrementAndGet();
        try {
            Http.Response response = Http.postJson(gateway + "/api/cases", token.get(), body, "Idempotency-Key", key);
            if (response.status() == 201 || response.status() == 200) {
                if (response.status() == 200) {
                    replays.incrementAndGet();
                }
                String id = response.json().get("case").get("id").asString();
                String before = acknowledged.putIfAbsent(key, id);
                if (before != null && !before.equals(id)) {
                    refused.add(key + ": acknowledged as " + before + " and then as " + id);
                }
                return true;
            }
            if (response.status() < 500 && response.status() != 429) {
                refused.add(key + ": " + response.status() + " " + response.body());
                return true;
            }
        } catch (IllegalStateException noAnswer) {
            // connection refused or reset, a timeout: the same request again, with the same key
        }
        lastFailure.set(System.currentTimeMillis());
        return false;
    }

    /** A national ID number with a valid GB 11643 check character, different for every case. */
    static String idNumber(int i) {
        String first17 =
                "140404" + LocalDate.of(1950, 1, 1).plusDays(i / 1000).format(BIRTH) + String.format("%03d", i % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * weights[k];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    int sent() {
        return sent.get();
    }

    int cases() {
        return cases;
    }

    /** Idempotency key → the id of the case the platform acknowledged for it. */
    Map<String, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    int attempts() {
        return attempts.get();
    }

    /** How many answers said the case had been taken in already (a retry of a request that had worked). */
    int replays() {
        return replays.get();
    }

    @Override
    public String toString() {
        return "load " + run + ": " + sent.get() + " sent, " + acknowledged.size() + " acknowledged, " + refused.size()
                + " refused, " + attempts.get() + " attempts";
    }
}
