package org.zongzhi.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.zongzhi.e2e.Patience;
import org.zongzhi.infra.launcher.Platform;
import org.zongzhi.testsupport.Http;
import org.zongzhi.testsupport.KeycloakAdmin;
import org.zongzhi.testsupport.TestPlatform;
import org.zongzhi.testsupport.Tokens;
import tools.jackson.databind.JsonNode;

/**
 * Property-based fuzzing of the public API through the real gateway, with real tokens of the demo users:
 * every write endpoint and every query parameter gets generated hostile input (see {@link Gen} and
 * {@link Mutations}), and each answer must hold the properties of {@link Property}: never 5xx (nor a reset
 * or silence), every 4xx problem details with title, status and detail, and nothing written when the
 * answer is 4xx (the probe of each write: the case's version and notes, the cases with the run's marker,
 * the center's status and history, the staff list, the profile's revisions, the export records).
 *
 * <p>Knobs (system properties, passed through by Maven): {@code -Dfuzz.tries=N} inputs per endpoint
 * (default {@value #DEFAULT_TRIES}, half of it for the writes whose valid inputs create cases, centers or
 * accounts; env {@code FUZZ_TRIES} works too; the long mode is {@code -Dfuzz.tries=10000}),
 * {@code -Dfuzz.seed=S} to repeat a run exactly (the seed is printed; each endpoint's generator is seeded
 * with S plus its place in the list), {@code -Dfuzz.threads=T} endpoints fuzzed side by side (default 4),
 * {@code -Dfuzz.only=text} only the endpoints whose name contains the text.
 * The table of inputs, 2xx, 4xx and 5xx per endpoint is printed at the end and written to
 * {@code target/fuzz-summary.md}; the inputs that broke a property to {@code target/fuzz-violations.txt}.
 *
 * <p>The generators are this package's own, on JUnit Jupiter's dynamic tests, not jqwik: jqwik 1.x is
 * built on JUnit Platform 1.x while Spring Boot 4 brings Platform 6, and from 1.10 its authors ask that it
 * not be used by AI coding agents, which write much of this project. What is lost is shrinking; a failure
 * is reported with the whole input and the seed that makes it again.
 */
class FuzzEndToEndIT {

    static final int DEFAULT_TRIES = 100;

    private static final String CLERK = "shangdang.clerk";
    private static final String COUNTY = "140404";
    private static final String CITY_ADMIN = "changzhi.admin";

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private static int port;
    private static String gateway;
    private static long seed;
    private static int tries;
    private static int threads;
    private static final List<Property> DONE = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void thePlatformRuns() {
        Platform platform = TestPlatform.platform();
        TestPlatform.backing();
        platform.ensureServices(Platform.SERVICES);
        port = platform.port("gateway");
        gateway = "http://localhost:" + port;
        seed = Long.getLong("fuzz.seed", System.nanoTime());
        tries = Integer.getInteger(
                "fuzz.tries",
                System.getenv("FUZZ_TRIES") == null ? DEFAULT_TRIES : Integer.parseInt(System.getenv("FUZZ_TRIES")));
        threads = Integer.getInteger("fuzz.threads", 4);
        System.out.println("FUZZ seed=" + seed + " tries=" + tries + " (repeat with -Dfuzz.seed=" + seed + ")");
    }

    @AfterAll
    static void summary() throws IOException {
        StringBuilder table = new StringBuilder(
                "| endpoint | inputs | 2xx | 4xx | 5xx | violations |\n|---|---:|---:|---:|---:|---:|\n");
        long inputs = 0;
        long server = 0;
        for (Property p : DONE) {
            table.append(String.format(
                    "| %s | %d | %d | %d | %d | %d |%n",
                    p.name, p.tried, p.ok, p.clientErrors, p.serverErrors, p.violations.size()));
            inputs += p.tried;
            server += p.serverErrors;
        }
        table.append(String.format("| **all %d endpoints** | %d | | | %d | |%n", DONE.size(), inputs, server));
        System.out.println("FUZZ summary (seed " + seed + ", " + tries + " tries per endpoint)\n" + table);
        Path file = Path.of("target", "fuzz-summary.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "seed " + seed + ", " + tries + " tries per endpoint\n\n" + table);
        StringBuilder broken = new StringBuilder();
        for (Property p : DONE) {
            p.violations.forEach(v ->
                    broken.append("## ").append(p.name).append('\n').append(v).append("\n\n"));
        }
        Files.writeString(Path.of("target", "fuzz-violations.txt"), broken);
    }

    // ---------------------------------------------------------------- the properties

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersBadInputWithAProblemAndWritesNothing() {
        List<Supplier<Property>> properties = new ArrayList<>();
        properties.addAll(caseProperties());
        properties.addAll(searchProperties());
        properties.addAll(tenantProperties());
        properties.addAll(issue13());
        String only = System.getProperty("fuzz.only");
        if (only != null && !only.isBlank()) {
            properties =
                    properties.stream().filter(p -> p.get().name.contains(only)).toList();
        }
        // The properties run side by side (each with its own generator, seeded from the run's seed and its
        // place in the list, so a run repeats exactly); the dynamic tests then report each one.
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Property>> running = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            Supplier<Property> make = properties.get(i);
            long propertySeed = seed + i;
            running.add(pool.submit(() -> {
                Property p = make.get();
                long started = System.nanoTime();
                p.run(port, new Gen(propertySeed));
                System.out.printf(
                        "FUZZ %-45s %5d inputs %5d 4xx %3d 5xx %3d violations %6d ms%n",
                        p.name,
                        p.tried,
                        p.clientErrors,
                        p.serverErrors,
                        p.violations.size(),
                        (System.nanoTime() - started) / 1_000_000);
                return p;
            }));
        }
        pool.shutdown();
        return running.stream().map(future -> {
            Property p;
            try {
                p = future.get();
            } catch (InterruptedException | ExecutionException e) {
                return DynamicTest.dynamicTest("a property that could not run", () -> {
                    throw e;
                });
            }
            DONE.add(p);
            return DynamicTest.dynamicTest(
                    p.name,
                    () -> assertThat(p.violations)
                            .as("%s: inputs that broke a property (seed %d)", p.name, seed)
                            .isEmpty());
        });
    }

    /**
     * The inputs of an endpoint whose every valid input costs a new case, center or account (and the
     * checks of Keycloak and of duplicates): half the others', so that the class stays near three minutes.
     */
    private static int heavy() {
        return Math.max(10, tries / 2);
    }

    // ---------------------------------------------------------------- case-service

    private List<Supplier<Property>> caseProperties() {
        List<Supplier<Property>> all = new ArrayList<>();
        String marker = "FZ" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        all.add(() -> new Property(
                "POST /api/cases (intake)",
                heavy(),
                gen -> {
                    var body = Mutations.mutate(gen, intake(marker));
                    var request = post("/api/cases", CLERK, body);
                    return gen.chance(0.7) ? request.header("Idempotency-Key", key(gen)) : request;
                },
                () -> "cases with the marker: " + countCases(marker),
                null));
        all.add(() -> new Property(
                "GET /api/cases (list)",
                tries,
                gen -> get(
                        "/api/cases"
                                + query(
                                        gen,
                                        Map.of(
                                                "status", List.of("REPORTED", "filed", "CLOSED"),
                                                "category", List.of("HAZARD", "NEIGHBOURS"),
                                                "risk", List.of("MAJOR", "low"),
                                                "warning", List.of("RED", "BLUE"),
                                                "channel", List.of("WALK_IN", "GRID_REPORT"),
                                                "within", List.of("140404001", "14", "999999"),
                                                "heldByMe", List.of("true", "false", "yes"),
                                                "q", List.of("楼道", marker, "140404"),
                                                "page", List.of("0", "1", "-1"),
                                                "size", List.of("1", "100", "0"))),
                        gen.pick(CLERK, "changan.grid", "province.admin")),
                null,
                null));
        all.add(() -> new Property(
                "GET /api/cases/worklist",
                tries,
                gen -> get(
                        "/api/cases/worklist"
                                + query(
                                        gen,
                                        Map.of(
                                                "scope", List.of("mine", "center", "MINE"),
                                                "kind", List.of("TASK", "TRANSFER", "SUPERVISION", "RESPONSIBLE"),
                                                "page", List.of("0", "2"),
                                                "size", List.of("10", "100", "101"))),
                        CLERK),
                null,
                null));
        all.add(() -> new Property(
                "GET /api/cases/snapshots",
                Math.max(10, tries / 4),
                gen -> get(
                        "/api/cases/snapshots"
                                + query(
                                        gen,
                                        Map.of(
                                                "after", List.of("00000000-0000-0000-0000-000000000000", "x"),
                                                "size", List.of("1", "5", "0"))),
                        "province.auditor"),
                null,
                null));
        all.add(() -> new Property(
                "GET /api/cases/{id}, by-code, timeline (paths)",
                tries,
                gen -> get(
                        gen.pick(
                                                "/api/cases/",
                                                "/api/cases/by-code/",
                                                "/api/cases/%s/timeline",
                                                "/api/cases/%s/disclosures")
                                        .contains("%s")
                                ? gen.pick("/api/cases/%s/timeline", "/api/cases/%s/disclosures")
                                        .formatted(gen.pathSegment())
                                : gen.pick("/api/cases/", "/api/cases/by-code/") + gen.pathSegment(),
                        gen.pick(CLERK, "shangdang.admin")),
                null,
                null));
        all.add(() -> new Property(
                "POST /api/cases/party-search",
                tries,
                gen -> post(
                        "/api/cases/party-search",
                        CLERK,
                        Mutations.mutate(gen, map("idNumber", "140404199003070012", "phone", "13800138000"))),
                null,
                null));
        all.add(() -> new Property(
                "POST /api/cases/lookup (citizen, no token)",
                Math.max(10, tries / 10),
                gen -> new RawHttp.Request(
                        "POST",
                        "/api/cases/lookup",
                        List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                        Mutations.mutate(gen, map("code", "140404000000-260101-00001-X", "secret", "ABCDEFGH"))
                                .bytes()),
                null,
                null));

        // The actions, each on a case in a status that allows it (a fresh one when an input moved it on).
        all.add(action("file", "REPORTED", map("category", "HAZARD", "note", "立案"), true));
        all.add(action("reject", "REPORTED", map("reason", "不属于受理范围"), true));
        all.add(action("withdraw", "REPORTED", map("reason", "当事人撤回"), true));
        all.add(action("escalate", "REPORTED", map("reason", "需上级协调"), true));
        all.add(action("refer", "REPORTED", map("to", "140404001", "reason", "属地办理"), true));
        all.add(action("hand-over", "REPORTED", map("to", "shangdang.mediator", "reason", "交接"), false));
        all.add(action("notes", "REPORTED", map("text", "电话联系当事人", "publicNote", true), false));
        all.add(action("assignments", "FILED", map("department", "COURT", "mediator", null, "note", "请法院协助"), true));
        all.add(action("consultations", "FILED", map("departments", List.of("COURT", "JUSTICE"), "topic", "会诊"), true));
        all.add(action("feedback", "INVESTIGATING", map("result", "已调解"), true));
        all.add(action("close", "FED_BACK", closeBody(), true));
        all.add(action("follow-ups", "CLOSED", map("kind", "PHONE", "satisfaction", "SATISFIED", "note", "回访"), false));
        all.add(action("reopen", "CLOSED", map("reason", "当事人反映未落实"), true));
        all.add(action(
                "judicial-confirmations",
                "CLOSED",
                map(
                        "confirmations",
                        List.of(map(
                                "agreement",
                                1,
                                "court",
                                "上党区人民法院",
                                "rulingNumber",
                                "(2026)晋0404民特1号",
                                "confirmedOn",
                                "2026-01-05"))),
                false));
        all.add(action("transfer/return", "TRANSFERRING", map("reason", "不属本级"), true));
        all.add(action("transfer/accept", "TRANSFERRING", map(), true));
        all.add(action("archive", "CLOSED", map(), true));
        all.add(action("tasks/{task}/part", "INVESTIGATING", map("contribution", "法院已出具意见"), false));
        all.add(action("parties/{party}/disclosure", "REPORTED", map("purpose", "电话联系当事人"), false));
        all.add(action("supervisions/{random}/response", "REPORTED", map("response", "已督促办理"), false));
        all.add(action("tasks/{random}/accept", "ASSIGNED", map(), false));
        return all;
    }

    /** One action of {@code POST /api/cases/{id}/…} fuzzed on a case in {@code status}. */
    private Supplier<Property> action(String action, String status, Map<String, Object> valid, boolean moves) {
        return () -> {
            Target target = new Target(status);
            String user = status.equals("TRANSFERRING") ? CITY_ADMIN : CLERK;
            return new Property(
                    "POST /api/cases/{id}/" + action,
                    moves ? heavy() : tries,
                    gen -> {
                        String id = gen.chance(0.08) ? gen.pathSegment() : target.id();
                        String path = "/api/cases/" + id + "/"
                                + action.replace("{task}", target.task())
                                        .replace("{party}", target.party())
                                        .replace(
                                                "{random}",
                                                gen.chance(0.5)
                                                        ? UUID.randomUUID().toString()
                                                        : gen.pathSegment());
                        return post(path, user, Mutations.mutate(gen, valid));
                    },
                    target::state,
                    moves
                            ? response -> {
                                if (action.equals("refer")) {
                                    returnReferral(target.id());
                                }
                                target.renew();
                            }
                            : null);
        };
    }

    /**
     * A referral the fuzz made down to 韩店街道 is returned at once: left pending, dozens of them would fill the
     * township's 待办 that the console journeys read (a referral elsewhere, or none, is left as it is).
     */
    private void returnReferral(String id) {
        patient(() -> Http.postJson(
                gateway + "/api/cases/" + id + "/transfer/return",
                token("handian.admin"),
                Http.json(map("reason", "模糊测试的移交，退回"))));
    }

    /** A case of the fuzz run in a given status, made on demand through the API. */
    private final class Target {
        private final String status;
        private JsonNode view;

        Target(String status) {
            this.status = status;
        }

        private JsonNode view() {
            if (view == null) {
                view = caseIn(status);
            }
            return view;
        }

        String id() {
            return view().get("id").asString();
        }

        String task() {
            JsonNode tasks = view().path("tasks");
            return tasks.isEmpty()
                    ? UUID.randomUUID().toString()
                    : tasks.get(0).get("id").asString();
        }

        String party() {
            return view().path("parties").get(0).get("id").asString();
        }

        void renew() {
            view = null;
        }

        /** What a 4xx must leave alone: the case's version and its timeline. */
        String state() {
            String id = id();
            String reader = status.equals("TRANSFERRING") ? CITY_ADMIN : "shangdang.admin";
            JsonNode now = read("/api/cases/" + id, reader);
            return "version " + now.path("version").asLong() + ", "
                    + now.path("status").asString() + ", " + now.path("notes").size() + " notes";
        }
    }

    private JsonNode caseIn(String status) {
        String marker = "FZT" + UUID.randomUUID().toString().substring(0, 6);
        Http.Response taken = patient(() -> Http.postJson(
                gateway + "/api/cases",
                token(CLERK),
                Http.json(intake(marker)),
                "Idempotency-Key",
                UUID.randomUUID().toString()));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        JsonNode view = taken.json().get("case");
        String id = view.get("id").asString();
        if (status.equals("REPORTED")) {
            return view;
        }
        if (status.equals("TRANSFERRING")) {
            return act(id, "escalate", map("reason", "需上级协调"));
        }
        view = act(id, "file", map());
        if (status.equals("FILED")) {
            return view;
        }
        view = act(id, "assignments", map("department", "COURT", "note", "请法院协助"));
        if (status.equals("ASSIGNED")) {
            return view;
        }
        view = act(id, "tasks/" + view.get("tasks").get(0).get("id").asString() + "/accept", map());
        if (status.equals("INVESTIGATING")) {
            return view;
        }
        view = act(id, "feedback", map("result", "已调解"));
        if (status.equals("FED_BACK")) {
            return view;
        }
        return act(id, "close", map("kind", "HANDLED", "summary", "已处理"));
    }

    private JsonNode act(String id, String action, Map<String, Object> body) {
        Http.Response response = patient(
                () -> Http.postJson(gateway + "/api/cases/" + id + "/" + action, token(CLERK), Http.json(body)));
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Object> intake(String marker) {
        return map(
                "channel",
                "WALK_IN",
                "category",
                "NEIGHBOURS",
                "title",
                "邻里噪音纠纷 " + marker,
                "description",
                "楼上装修噪音影响休息 " + marker,
                "place",
                "上党区长安社区3号楼",
                "applicants",
                List.of(map(
                        "kind", "PERSON",
                        "name", "王五",
                        "idNumber", "140404199003070012",
                        "phone", "13800138000",
                        "address", "长安社区3号楼",
                        "vulnerabilities", List.of())),
                "respondents",
                List.of(map("kind", "PERSON", "name", "赵六")),
                "groupSize",
                1,
                "violenceRisk",
                false,
                "vulnerableParties",
                false,
                "sensitivePeriod",
                false,
                "publicNote",
                "已登记");
    }

    private static Map<String, Object> closeBody() {
        return map(
                "kind", "MEDIATED",
                "agreements",
                        List.of(map(
                                "parties",
                                List.of("王五", "赵六"),
                                "terms",
                                "赵六停止夜间施工",
                                "signedOn",
                                "2026-01-05",
                                "confirmation",
                                null)),
                "route", "LITIGATION",
                "note", "调解成功",
                "summary", "已调解");
    }

    private long countCases(String marker) {
        return read("/api/cases?size=100&q=" + marker, CLERK).get("items").size();
    }

    // ---------------------------------------------------------------- issue 13, input by input

    /**
     * The inputs issue 13 found answering 500, an empty 400, Boot's own 404 or a reset, each sent every run
     * whatever the seed: NUL in every free text, nulls in lists, a non-ASCII Idempotency-Key, the paths the
     * firewall refuses, a trailing slash, a 1 MB body.
     */
    private List<Supplier<Property>> issue13() {
        String marker = "FZI" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<Supplier<Property>> all = new ArrayList<>();
        all.add(() -> {
            List<RawHttp.Request> inputs = new ArrayList<>();
            for (String field : List.of("title", "description", "place", "publicNote")) {
                Map<String, Object> body = intake(marker);
                body.put(field, "a\u0000b");
                inputs.add(post("/api/cases", CLERK, json(body)));
            }
            for (String field : List.of("name", "address")) {
                Map<String, Object> body = intake(marker);
                @SuppressWarnings("unchecked")
                var applicant = ((List<Map<String, Object>>) body.get("applicants")).getFirst();
                applicant.put(field, "a\u0000b");
                inputs.add(post("/api/cases", CLERK, json(body)));
            }
            Map<String, Object> nullApplicant = intake(marker);
            List<Object> applicants = new ArrayList<>();
            applicants.add(null);
            nullApplicant.put("applicants", applicants);
            inputs.add(post("/api/cases", CLERK, json(nullApplicant)));
            inputs.add(post("/api/cases", CLERK, json(intake(marker)))
                    .header("Idempotency-Key", Gen.utf8AsLatin1("幂等键-ключ")));
            inputs.add(post("/api/cases", CLERK, json(intake(marker))).header("Idempotency-Key", "k".repeat(5000)));
            return fixed(
                    "issue 13: intake (NUL in each text, [null] applicants, bad keys)",
                    inputs,
                    () -> "cases with the marker: " + countCases(marker));
        });
        all.add(() -> {
            Target target = new Target("REPORTED");
            List<String[]> actions = List.of(
                    new String[] {"notes", "{\"text\":\"a\\u0000b\",\"publicNote\":true}"},
                    new String[] {"assignments", "{\"department\":\"COURT\",\"note\":\"a\\u0000b\"}"},
                    new String[] {"reject", "{\"reason\":\"a\\u0000b\"}"},
                    new String[] {"escalate", "{\"reason\":\"a\\u0000b\"}"},
                    new String[] {"hand-over", "{\"to\":\"a\\u0000b\",\"reason\":\"x\"}"},
                    new String[] {"assignments", "{\"mediator\":\"a\\u0000b\"}"},
                    new String[] {
                        "follow-ups", "{\"kind\":\"PHONE\",\"satisfaction\":\"SATISFIED\",\"note\":\"a\\u0000b\"}"
                    },
                    new String[] {"notes", "{\"text\":\"" + "长".repeat(350_000) + "\",\"publicNote\":true}"});
            Property.Input input = gen -> {
                int at = Math.floorMod(gen.nextInt(Integer.MAX_VALUE), actions.size() + 1);
                if (at == actions.size()) {
                    return post(
                            "/api/cases/" + target.id() + "/parties/" + target.party() + "/disclosure",
                            CLERK,
                            json(map("purpose", "a\u0000b")));
                }
                return post(
                        "/api/cases/" + target.id() + "/" + actions.get(at)[0],
                        CLERK,
                        new Mutations.Body(actions.get(at)[1].getBytes(StandardCharsets.UTF_8), "application/json"));
            };
            return new Property("issue 13: case actions (NUL in each text, 1 MB note)", 30, input, target::state, null);
        });
        all.add(() -> {
            Map<String, Object> profile = profileTemplate();
            List<RawHttp.Request> inputs = new ArrayList<>();
            for (String list : List.of("departments", "mechanisms")) {
                Map<String, Object> withNull = new LinkedHashMap<>(profile);
                List<Object> nulls = new ArrayList<>();
                nulls.add(null);
                withNull.put(list, nulls);
                inputs.add(put("/api/tenants/140404001002/profile", "fuhou.admin", json(withNull)));
            }
            List<Object> keys = new ArrayList<>(List.of("abc"));
            keys.add(null);
            inputs.add(post("/api/search/duplicates", CLERK, json(map("title", "噪音", "partyKeys", keys))));
            inputs.add(get("/api/cases?q=a%00b", CLERK));
            inputs.add(get("/api/tenants/140404/subtree?q=a%00b", "shangdang.admin"));
            for (String path : List.of(
                    "/api/tenants/1%00",
                    "/api/tenants/a%2Fb",
                    "/api/cases/%00/timeline",
                    "/api/tenants/{code}",
                    "/api/tenants/1/",
                    "/api/cases/%C0%AE",
                    "/api/search/cases?q=%ED%A0%80")) {
                inputs.add(get(path, "shangdang.admin"));
            }
            return fixed("issue 13: nulls in lists, NUL in q, refused paths", inputs, () -> {
                Http.Response history = patient(
                        () -> Http.get(gateway + "/api/tenants/140404001002/profile/history", token("fuhou.admin")));
                return history.status() + ": " + history.body().length() + " bytes of revisions";
            });
        });
        return all;
    }

    /** A property over a fixed list of inputs, each sent once. */
    private static Property fixed(String name, List<RawHttp.Request> inputs, Supplier<String> probe) {
        int[] next = {0};
        return new Property(name, inputs.size(), gen -> inputs.get(next[0]++), probe, null);
    }

    private static Mutations.Body json(Object body) {
        return new Mutations.Body(Mutations.write(body, false).getBytes(StandardCharsets.UTF_8), "application/json");
    }

    // ---------------------------------------------------------------- search-service

    private List<Supplier<Property>> searchProperties() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("q", List.of("噪音", "140404", "王*"));
        filters.put("center", List.of("140404", "140404001", "14"));
        filters.put("level", List.of("COUNTY", "village"));
        filters.put("category", List.of("NEIGHBOURS", "HAZARD"));
        filters.put("status", List.of("REPORTED", "CLOSED"));
        filters.put("risk", List.of("MAJOR"));
        filters.put("channel", List.of("WALK_IN"));
        filters.put("warning", List.of("RED"));
        filters.put("createdFrom", List.of("2026-01-01", "2025-12-31"));
        filters.put("createdTo", List.of("2026-12-31"));
        filters.put("closedFrom", List.of("2026-01-01"));
        filters.put("closedTo", List.of("2026-12-31"));
        filters.put("sort", List.of("relevance", "newest", "oldest", "risk"));
        Map<String, List<String>> paged = new LinkedHashMap<>(filters);
        paged.put("page", List.of("0", "1", "499"));
        paged.put("size", List.of("1", "20", "100"));
        String admin = "shangdang.admin";
        List<Supplier<Property>> all = new ArrayList<>();
        all.add(() -> new Property(
                "GET /api/search/cases",
                tries,
                gen -> get("/api/search/cases" + query(gen, paged), admin),
                null,
                null));
        all.add(() -> new Property(
                "GET /api/search/cases/export",
                Math.max(10, tries / 4),
                gen -> {
                    Map<String, List<String>> narrow = new LinkedHashMap<>(filters);
                    narrow.put("q", List.of("FZNOTHING" + gen.nextInt(1000)));
                    return get("/api/search/cases/export" + query(gen, narrow, "q"), admin);
                },
                null,
                null));
        all.add(() -> new Property(
                "GET /api/search/cases/{id}, duplicates (paths)",
                tries,
                gen -> get("/api/search/cases/" + gen.pathSegment() + (gen.chance(0.5) ? "/duplicates" : ""), admin),
                null,
                null));
        all.add(() -> new Property(
                "GET /api/search/stats",
                tries,
                gen -> get(
                        "/api/search/stats"
                                + query(
                                        gen,
                                        Map.of(
                                                "center", List.of("140404", "14"),
                                                "from", List.of("2026-01-01"),
                                                "to", List.of("2026-12-31"),
                                                "groupBy",
                                                        List.of(
                                                                "none",
                                                                "category",
                                                                "channel",
                                                                "risk",
                                                                "level",
                                                                "day",
                                                                "week",
                                                                "month",
                                                                "child",
                                                                "center"),
                                                "detail", List.of("basic", "all"))),
                        admin),
                null,
                null));
        all.add(() -> new Property(
                "GET /api/search/trends, alerts",
                tries,
                gen -> get(
                        gen.pick("/api/search/trends", "/api/search/alerts")
                                + query(
                                        gen,
                                        Map.of(
                                                "center", List.of("140404", "14"),
                                                "days", List.of("1", "30", "365"),
                                                "threshold", List.of("1", "5"))),
                        admin),
                null,
                null));
        all.add(() -> new Property(
                "POST /api/search/duplicates",
                tries,
                gen -> post(
                        "/api/search/duplicates",
                        CLERK,
                        Mutations.mutate(
                                gen,
                                map(
                                        "title", "邻里噪音",
                                        "description", "装修噪音",
                                        "place", "长安社区",
                                        "category", "NEIGHBOURS",
                                        "partyKeys", List.of("abc", "def")))),
                null,
                null));
        all.add(() -> new Property(
                "POST /api/search/exports (audit)",
                tries,
                gen -> post(
                        "/api/search/exports",
                        "changan.admin",
                        Mutations.mutate(
                                gen,
                                map(
                                        "kind",
                                        "worklist",
                                        "filters",
                                        map("scope", "center"),
                                        "rows",
                                        3,
                                        "completed",
                                        true,
                                        "millis",
                                        12))),
                () -> "exports recorded: " + exportsOf("changan.admin"),
                null));
        all.add(() -> new Property(
                "GET /api/search/exports",
                tries,
                gen -> get(
                        "/api/search/exports"
                                + query(
                                        gen,
                                        Map.of(
                                                "username",
                                                List.of("changan.admin", "x"),
                                                "size",
                                                List.of("1", "50", "1000"))),
                        admin),
                null,
                null));
        return all;
    }

    private int exportsOf(String user) {
        return read("/api/search/exports?size=500&username=" + user, "changan.admin")
                .size();
    }

    // ---------------------------------------------------------------- tenant-service

    private List<Supplier<Property>> tenantProperties() {
        List<Supplier<Property>> all = new ArrayList<>();
        all.add(() -> new Property(
                "GET /api/tenants/{code}/subtree",
                tries,
                gen -> get(
                        "/api/tenants/" + COUNTY + "/subtree"
                                + query(
                                        gen,
                                        Map.of(
                                                "level", List.of("VILLAGE", "township"),
                                                "status", List.of("OPERATING", "PLANNED"),
                                                "q", List.of("长安", "1404", "社区"),
                                                "page", List.of("0", "3"),
                                                "size", List.of("10", "500", "501"))),
                        "shangdang.admin"),
                null,
                null));
        all.add(() -> new Property(
                "GET /api/tenants/{code}/… (paths)",
                tries,
                gen -> get(
                        "/api/tenants/" + gen.pathSegment()
                                + gen.pick(
                                        "", "/", "/ancestors", "/children", "/history", "/profile", "/staff", "/card"),
                        "shangdang.admin"),
                null,
                null));
        all.add(() -> new Property(
                "GET /api/tenants/{code}/profile/comparison",
                tries,
                gen -> get(
                        "/api/tenants/140404001002/profile/comparison"
                                + query(gen, Map.of("from", List.of("1", "0"), "to", List.of("2", "1"))),
                        "fuhou.admin"),
                null,
                null));

        // Onboarding aims at a planned village of its own; an input the mutations left valid onboards it (a
        // real center with its admin in Keycloak), after which the next planned village is taken, three times
        // at most (then the inputs meet an operating center: still validated, then refused with 409).
        String[] onboarding = {plannedVillage(0)};
        int[] onboarded = {0};
        // Suspension and reactivation aim at a planned village from the other end of the list, which
        // onboarding never reaches: valid inputs meet a center that does not operate (409).
        String planned = plannedVillage(-1);
        all.add(() -> new Property(
                "POST /api/tenants/{code}/onboarding",
                heavy(),
                gen -> post(
                        "/api/tenants/" + onboarding[0] + "/onboarding",
                        "shangdang.admin",
                        Mutations.mutate(
                                gen,
                                map(
                                        "displayName", "试点村综治中心",
                                        "address", "上党区某村",
                                        "openedOn", "2026-01-02",
                                        "adminUsername", "fz" + gen.nextInt(1_000_000),
                                        "adminFullName", "李四",
                                        "adminPhone", "13900139000"))),
                () -> centerState(onboarding[0]),
                response -> {
                    if (++onboarded[0] <= 3) {
                        onboarding[0] = plannedVillage(0);
                    }
                }));
        all.add(() -> new Property(
                "POST /api/tenants/{code}/suspension, reactivation",
                tries,
                gen -> post(
                        "/api/tenants/" + planned + gen.pick("/suspension", "/reactivation"),
                        "shangdang.admin",
                        Mutations.mutate(gen, map("reason", "整改"))),
                null,
                null));
        all.add(() -> new Property(
                "POST /api/tenants/{code}/staff",
                heavy(),
                gen -> post(
                        "/api/tenants/140404001001/staff",
                        "changan.admin",
                        Mutations.mutate(
                                gen,
                                map(
                                        "username",
                                                "fz"
                                                        + UUID.randomUUID()
                                                                .toString()
                                                                .substring(0, 8),
                                        "fullName", "孙七",
                                        "phone", "13700137000",
                                        "role", "mediator"))),
                () -> "staff: "
                        + read("/api/tenants/140404001001/staff", "changan.admin")
                                .size(),
                FuzzEndToEndIT::removeAddedAccount));
        all.add(() -> new Property(
                "POST /api/tenants/{code}/staff/{username}/disabling, enabling",
                tries,
                gen -> post(
                        "/api/tenants/140404001001/staff/"
                                + (gen.chance(0.5) ? "nobody-" + gen.nextInt(1000) : gen.pathSegment())
                                + gen.pick("/disabling", "/enabling"),
                        "changan.admin",
                        Mutations.mutate(gen, map("reason", "离职"))),
                null,
                null));
        all.add(() -> {
            Map<String, Object> valid = profileTemplate();
            return new Property(
                    "PUT /api/tenants/{code}/profile",
                    heavy(),
                    gen -> put("/api/tenants/140404001002/profile", "fuhou.admin", Mutations.mutate(gen, valid)),
                    () -> {
                        Http.Response history = patient(() ->
                                Http.get(gateway + "/api/tenants/140404001002/profile/history", token("fuhou.admin")));
                        return history.status() + ": " + history.body().length() + " bytes of revisions";
                    },
                    null);
        });
        all.add(() -> new Property(
                "GET /api/tenants/assessments, ranking, conformance-rate, rectifications",
                tries,
                gen -> {
                    String which = gen.pick("", "/ranking", "/conformance-rate", "/rectifications");
                    return get(
                            "/api/tenants/assessments" + which
                                    + query(
                                            gen,
                                            Map.of(
                                                    "center", List.of(COUNTY, "140404001"),
                                                    "status", List.of("OPEN", "SUBMITTED", "FINAL"),
                                                    "root", List.of(COUNTY, "14"),
                                                    "level", List.of("VILLAGE", "TOWNSHIP"),
                                                    "version", List.of("1", "2"),
                                                    "page", List.of("0", "1"),
                                                    "size", List.of("50", "500", "1000"))),
                            "shangdang.admin");
                },
                null,
                null));
        all.add(() -> new Property(
                "PUT /api/tenants/standards/{n}/tailorings/{code}",
                tries,
                gen -> put(
                        "/api/tenants/standards/" + gen.pick("999999", "2147483647", gen.pathSegment())
                                + "/tailorings/140881",
                        "yongji.admin",
                        Mutations.mutate(
                                gen,
                                map(
                                        "additions", List.of(),
                                        "tightenings",
                                                List.of(map(
                                                        "item",
                                                        "X-1",
                                                        "level",
                                                        "COUNTY",
                                                        "threshold",
                                                        1,
                                                        "reason",
                                                        "从严"))))),
                () -> tailoring("140881"),
                null));
        // The standard's writes aim at versions that do not exist: a valid input must never publish or change
        // the platform's proposal (version 1, a draft) or a version other tests published.
        all.add(() -> new Property(
                "PUT /api/tenants/standards/{n}, POST …/publication",
                tries,
                gen -> gen.chance(0.5)
                        ? put(
                                "/api/tenants/standards/" + gen.pick("999999", "2147483647", gen.pathSegment()),
                                "province.admin",
                                Mutations.mutate(
                                        gen,
                                        map(
                                                "title",
                                                "综治中心规范化建设标准",
                                                "note",
                                                "模糊测试",
                                                "proposal",
                                                false,
                                                "dimensions",
                                                List.of(map("code", "D1", "title", "场所")),
                                                "items",
                                                List.of(map(
                                                        "code", "X-1",
                                                        "dimension", "D1",
                                                        "title", "面积",
                                                        "kind", "NUMBER",
                                                        "points", 10)),
                                                "bands",
                                                List.of(map("grade", "A", "minPercent", 90)))))
                        : post(
                                "/api/tenants/standards/" + gen.pick("999999", "2147483647") + "/publication",
                                "province.admin",
                                Mutations.mutate(gen, map("effectiveFrom", "2027-01-01"))),
                () -> "standards: "
                        + read("/api/tenants/standards", "province.admin")
                                .toString()
                                .hashCode(),
                null));
        all.add(() -> new Property(
                "PUT/POST /api/tenants/assessments/{id}/… (items, rectifications, verification)",
                tries,
                gen -> switch (gen.nextInt(3)) {
                    case 0 ->
                        put(
                                "/api/tenants/assessments/" + gen.pick("999999", gen.pathSegment())
                                        + "/items/premises.area",
                                "changan.admin",
                                Mutations.mutate(
                                        gen,
                                        map(
                                                "met",
                                                true,
                                                "number",
                                                120,
                                                "members",
                                                List.of("COURT"),
                                                "note",
                                                "已核实",
                                                "cases",
                                                List.of(UUID.randomUUID().toString()),
                                                "profileRevision",
                                                1)));
                    case 1 ->
                        post(
                                "/api/tenants/assessments/999999/rectifications",
                                "shangdang.admin",
                                Mutations.mutate(
                                        gen, map("item", "premises.area", "workingDays", 10, "requirement", "整改")));
                    default ->
                        post(
                                "/api/tenants/assessments/rectifications/" + gen.pick("999999", gen.pathSegment())
                                        + "/verification",
                                "shangdang.admin",
                                Mutations.mutate(gen, map("accepted", false, "comment", "材料不全")));
                },
                null,
                null));
        all.add(() -> new Property(
                "POST /api/tenants/assessments/rounds",
                tries,
                gen -> post(
                        "/api/tenants/assessments/rounds",
                        "yongji.admin",
                        Mutations.mutate(
                                gen,
                                map(
                                        "title", "模糊测试轮次",
                                        "standardVersion", 999999,
                                        "periodFrom", "2026-01-01",
                                        "periodTo", "2026-06-30",
                                        "cutoff", "2026-07-15",
                                        "levels", List.of("TOWNSHIP"),
                                        "includePlanned", false))),
                () -> "rounds: "
                        + read("/api/tenants/assessments/rounds", "yongji.admin")
                                .size(),
                null));
        return all;
    }

    /** A declared profile to mutate: a center's that has one, else a small one written here. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> profileTemplate() {
        for (String[] center : new String[][] {{"140404001002", "fuhou.admin"}, {"140404001001", "changan.admin"}}) {
            Http.Response profile =
                    patient(() -> Http.get(gateway + "/api/tenants/" + center[0] + "/profile", token(center[1])));
            if (profile.status() == 200) {
                JsonNode body = profile.json();
                return JSON.convertValue(body.has("profile") ? body.get("profile") : body, Map.class);
            }
        }
        return map(
                "premises",
                        map(
                                "areaSquareMeters",
                                120,
                                "guidanceAndIntakeZone",
                                true,
                                "resolutionZone",
                                true,
                                "commandAndDispatchZone",
                                false,
                                "rooms",
                                map("MEDIATION", 1),
                                "intakeWindows",
                                1),
                "staffing", map(),
                "departments", List.of(map("department", "COURT", "presence", "RESIDENT")),
                "mechanisms", List.of());
    }

    private String tailoring(String code) {
        Http.Response response =
                patient(() -> Http.get(gateway + "/api/tenants/standards/1/tailorings/" + code, token("yongji.admin")));
        return response.status() + " revision "
                + (response.status() == 200 ? response.json().path("revision") : "-");
    }

    /** A village of the county that no one has onboarded: onboarding, suspension and reactivation aim at it. */
    private static String plannedVillage(int fromTheEnd) {
        Http.Response subtree = patient(() -> Http.get(
                gateway + "/api/tenants/" + COUNTY + "/subtree?level=VILLAGE&status=PLANNED&size=50",
                token("shangdang.admin")));
        assertThat(subtree.status()).as(subtree.body()).isEqualTo(200);
        JsonNode items = subtree.json().get("items");
        int at = fromTheEnd < 0 ? 0 : items.size() - 1 - fromTheEnd;
        return items.get(at).get("code").asString();
    }

    private String centerState(String code) {
        JsonNode center = read("/api/tenants/" + code, "shangdang.admin");
        int history =
                read("/api/tenants/" + code + "/history", "shangdang.admin").size();
        return center.path("status").asString() + ", " + history + " history lines";
    }

    /** An input the fuzzing made valid added an account: take it off Keycloak again. */
    private static void removeAddedAccount(RawHttp.Response response) {
        JsonNode added = JSON.readTree(response.body());
        String username = added.path("member").path("username").asString();
        KeycloakAdmin.User user = KeycloakAdmin.findUser(username);
        if (user != null) {
            KeycloakAdmin.deleteUser(user.id());
        }
    }

    // ---------------------------------------------------------------- requests

    /**
     * A demo user's token; Keycloak refuses one now and then while other tests on the shared instance
     * suspend and reactivate centers, so a refusal is tried again for a while.
     */
    static String token(String user) {
        String token = Patience.until(
                () -> {
                    try {
                        return Tokens.of(user);
                    } catch (IllegalStateException refused) {
                        return null;
                    }
                },
                java.util.Objects::nonNull,
                Duration.ofSeconds(3),
                Duration.ofSeconds(60));
        return token != null ? token : Tokens.of(user); // the last try says why
    }

    /** A fixture's or probe's call; the per-center rate limit (429) is waited out, not failed on. */
    static Http.Response patient(Supplier<Http.Response> call) {
        return Patience.until(
                call, response -> response.status() != 429, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** A probe's read: 200 or, while a service of the shared test instance restarts, again until it is. */
    private static JsonNode read(String path, String user) {
        Http.Response response = Patience.until(
                () -> patient(() -> Http.get(gateway + path, token(user))),
                r -> r.status() < 500 && r.status() != 401,
                Duration.ofSeconds(2),
                Duration.ofSeconds(90));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** A query string: each parameter absent, valid, hostile or repeated; now and then an unknown one. */
    private static String query(Gen gen, Map<String, List<String>> params, String... always) {
        List<String> pairs = new ArrayList<>();
        List<String> names = new ArrayList<>(params.keySet());
        java.util.Collections.sort(names);
        for (String name : names) {
            boolean required = List.of(always).contains(name);
            int roll = gen.nextInt(10);
            if (roll < 5 && !required) {
                continue;
            }
            String value = roll < 7 ? Gen.encode(gen.pick(params.get(name))) : gen.queryValue();
            pairs.add(name + "=" + value);
            if (gen.chance(0.05)) {
                pairs.add(name + "=" + gen.queryValue());
            }
        }
        if (gen.chance(0.1)) {
            pairs.add(gen.pick("unknown", "tenant", "%00", "a%5B%5D", "") + "=" + gen.queryValue());
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String key(Gen gen) {
        return gen.chance(0.5) ? gen.headerValue() : UUID.randomUUID().toString();
    }

    private static RawHttp.Request get(String path, String user) {
        return new RawHttp.Request("GET", path, auth(user), null);
    }

    private static RawHttp.Request post(String path, String user, Mutations.Body body) {
        return withBody("POST", path, user, body);
    }

    private static RawHttp.Request put(String path, String user, Mutations.Body body) {
        return withBody("PUT", path, user, body);
    }

    private static RawHttp.Request withBody(String method, String path, String user, Mutations.Body body) {
        List<String[]> headers = new ArrayList<>(auth(user));
        if (!body.contentType().isEmpty()) {
            headers.add(new String[] {"Content-Type", body.contentType()});
        }
        return new RawHttp.Request(method, path, headers, body.bytes());
    }

    private static List<String[]> auth(String user) {
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Authorization", "Bearer " + token(user)});
        return headers;
    }

    /** A mutable map from pairs (nulls allowed), for templates the mutations change. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
