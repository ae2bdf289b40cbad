package org.zongzhi.cases.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake throughput: takes {@code count} cases in through {@code base}/api/cases (the gateway, or a
 * case-service directly) with {@code concurrency} clients, signed in as the realm's intake users of
 * different centers, and prints cases per second with the 50th and 99th percentile latency. A benchmark,
 * not a test: it asserts nothing and is run by {@code case-service/bin/bench-intake.sh}.
 *
 * <p>Arguments: base URL, Keycloak issuer, count, concurrency.
 */
public final class IntakeBenchmark {

    private static final List<String> CLERKS = List.of(
            "changan.admin", "handian.clerk", "shangdang.clerk", "yongji.clerk", "changzhi.admin", "province.admin");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String issuer = args.length > 1 ? args[1] : "http://localhost:8180/realms/zongzhi";
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 16;

        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (String user : CLERKS) {
            tokens.put(user, token(http, issuer, user));
        }
        int warmUp = Math.min(100, count / 10);
        run(http, base, tokens, warmUp, concurrency);
        long start = System.nanoTime();
        List<Long> latencies = run(http, base, tokens, count, concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        System.out.printf(
                "intake: %d cases in %.1f s with %d clients against %s: %.0f cases/s, p50 %.1f ms, p99 %.1f ms%n",
                latencies.size(),
                seconds,
                concurrency,
                base,
                latencies.size() / seconds,
                latencies.get(latencies.size() / 2) / 1e6,
                latencies.get((int) (latencies.size() * 0.99)) / 1e6);
    }

    private static List<Long> run(HttpClient http, String base, Map<String, String> tokens, int count, int concurrency)
            throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService clients = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(clients.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        String user = CLERKS.get(i % CLERKS.size());
                        String body = JSON.writeValueAsString(Intakes.neighbourQuarrel(People.fresh()));
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + tokens.get(user))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", UUID.randomUUID().toString())
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201) {
                                latencies.add(System.nanoTime() - sent);
                            } else if (failures.incrementAndGet() <= 3) {
                                System.err.println("intake answered " + response.statusCode() + ": " + response.body());
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        if (failures.get() > 0) {
            System.err.println(failures.get() + " intakes failed");
        }
        return latencies;
    }

    private static String token(HttpClient http, String issuer, String user) throws Exception {
        String form =
                "grant_type=password&client_id=zongzhi-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode("Demo#2026", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asString();
    }
}
