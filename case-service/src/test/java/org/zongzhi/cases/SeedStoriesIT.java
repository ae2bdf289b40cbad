package org.zongzhi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.cases.fixtures.Api;
import org.zongzhi.cases.fixtures.Intakes;
import org.zongzhi.cases.fixtures.People;
import org.zongzhi.cases.fixtures.StoryUsers;
import org.zongzhi.cases.fixtures.TestClock;
import org.zongzhi.cases.supervision.WarningScan;
import org.zongzhi.platform.calendar.WorkingCalendar;
import org.zongzhi.testsupport.TestGateway;
import tools.jackson.databind.JsonNode;

/**
 * The six stories of the seed article (domain.md), played through the platform's gateway in front of this
 * case service, with real tokens of the centers' staff, on the stories' own dates. Each asserts what the people involved would see: the states,
 * the timeline and the warnings.
 */
@CaseServiceIT
class SeedStoriesIT {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    WarningScan scan;

    Api api;
    int n;

    @BeforeEach
    void setUp() {
        api = new Api(TestGateway.inFrontOf("CASE_SERVICE_URL", port));
        n = People.fresh();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private void beijing(String localDateTime) {
        clock.setTo(
                LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CHINA).toInstant());
    }

    private static String id(JsonNode c) {
        return c.get("id").asString();
    }

    private static String task(JsonNode c, String department) {
        for (JsonNode t : c.get("tasks")) {
            if (department.equals(t.get("department").asString(null))
                    || department.equals(t.get("mediator").asString(null))) {
                return t.get("id").asString();
            }
        }
        throw new AssertionError("no task for " + department + " in " + c.get("tasks"));
    }

    private String warningAfterScan(String user, String caseId) {
        scan.scan();
        return api.read(user, caseId).get("warning").asString();
    }

    /**
     * Yongji, January: a dozen home buyers come together about late delivery; the center pulls in human
     * resources, housing and the court ("法庭+"); 11 agreements are signed and judicially confirmed in 3 days.
     */
    @Test
    void yongjiSettlesLateHousingDeliveryForADozenBuyersWithTheCourtInThreeDays() {
        beijing("2026-01-12T09:30");
        List<Map<String, Object>> buyers = Intakes.people("购房人", 12, n);
        JsonNode taken = api.intake(
                        "yongji.clerk",
                        Intakes.form(
                                "WALK_IN",
                                "HOUSING_DELIVERY",
                                "某小区逾期交房，12户购房人集体来访",
                                buyers,
                                List.of(Intakes.company("某房地产开发公司"))))
                .get("case");
        String c = id(taken);
        assertThat(taken.get("risk").asString()).isEqualTo("SERIOUS");
        assertThat(taken.get("riskReasons").toString()).contains("群体性纠纷：12 人");

        api.act("yongji.clerk", c, "file", Map.of("note", "群体性交房纠纷，启动法庭+联调"));
        JsonNode consulting = api.act(
                "yongji.admin",
                c,
                "consultations",
                Map.of("departments", List.of("HUMAN_RESOURCES", "HOUSING", "COURT"), "topic", "逾期交房群体纠纷会诊"));
        assertThat(consulting.get("status").asString()).isEqualTo("INVESTIGATING");
        assertThat(consulting.get("diagnosis").asString()).isEqualTo("CONSULT");

        clock.advance(Duration.ofHours(5));
        api.act(
                "yongji.admin",
                c,
                "tasks/" + task(consulting, "HUMAN_RESOURCES") + "/part",
                Map.of("contribution", "核实购房人务工及社保情况，协调安置过渡"));
        api.act(
                "yongji.admin",
                c,
                "tasks/" + task(consulting, "HOUSING") + "/part",
                Map.of("contribution", "责令开发商提交交房计划，督促竣工验收"));
        api.act(
                "yongji.admin",
                c,
                "tasks/" + task(consulting, "COURT") + "/part",
                Map.of("contribution", "法官现场释法，指导调解协议条款"));
        clock.advance(Duration.ofHours(20));
        api.act("yongji.admin", c, "feedback", Map.of("result", "开发商承诺限期交房并支付违约金，11户达成协议"));

        List<Map<String, Object>> agreements = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            agreements.add(Map.of(
                    "parties", List.of("购房人" + i, "某房地产开发公司"),
                    "terms", "2026年3月31日前交房，按日支付违约金",
                    "signedOn", "2026-01-13"));
        }
        api.act("yongji.clerk", c, "close", Map.of("kind", "MEDIATED", "agreements", agreements));
        clock.advance(Duration.ofHours(24));
        List<Map<String, Object>> confirmations = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            confirmations.add(Map.of(
                    "agreement",
                    i,
                    "court",
                    "永济市人民法院",
                    "rulingNumber",
                    "(2026)晋0881民特" + i + "号",
                    "confirmedOn",
                    "2026-01-14"));
        }
        JsonNode confirmed =
                api.act("yongji.clerk", c, "judicial-confirmations", Map.of("confirmations", confirmations));

        assertThat(confirmed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(confirmed.get("outcome").asString()).isEqualTo("JUDICIALLY_CONFIRMED");
        assertThat(confirmed.get("outcomeDetail").get("agreements")).hasSize(11);
        assertThat(confirmed.get("outcomeDetail").get("agreements").findValuesAsString("rulingNumber"))
                .contains("(2026)晋0881民特11号");
        assertThat(Duration.between(Instant.parse(confirmed.get("createdAt").asString()), clock.instant()))
                .isLessThan(Duration.ofDays(3));
        assertThat(Instant.parse(confirmed.get("closedAt").asString()))
                .isBefore(Instant.parse(confirmed.get("closeDueAt").asString()));
        assertThat(warningAfterScan("yongji.admin", c)).isEqualTo("NONE");
        assertThat(api.timelineActions("yongji.clerk", c))
                .containsExactly(
                        "report",
                        "file",
                        "consult",
                        "record-part",
                        "record-part",
                        "record-part",
                        "feed-back",
                        "close",
                        "confirm-judicially");
    }

    /**
     * Youyu, October 2024: six migrant workers unpaid, no written contract; labour inspection confirms the
     * arrears, the justice bureau gives legal aid, a judge guides mediation, the procuratorate supervises;
     * paid within a week.
     */
    @Test
    void youyuGetsSixMigrantWorkersPaidWithinAWeekWithFourDepartmentsOnOneCase() {
        String clerk = StoryUsers.ensure("story.youyu.clerk", "140623", "intake-clerk");
        String admin = StoryUsers.ensure("story.youyu.admin", "140623", "county-admin");
        beijing("2024-10-14T10:00");
        JsonNode taken = api.intake(
                        clerk,
                        Intakes.with(Intakes.wageArrears(6, n), "description", "六名农民工在右玉县某工地务工，无书面合同，工程结束后工资未结清"))
                .get("case");
        String c = id(taken);

        assertThat(taken.get("risk").asString()).isEqualTo("MAJOR");
        assertThat(taken.get("deadline").get("limit").asString()).isEqualTo("H:4");
        assertThat(api.get("province.admin", "/api/cases?risk=MAJOR&within=140623&size=50")
                        .json()
                        .get("items")
                        .findValuesAsString("id"))
                .as("a major risk reaches the province at once")
                .contains(c);
        assertThat(api.timelineActions(admin, c)).containsExactly("report", "alert");

        clock.advance(Duration.ofHours(1));
        api.act(clerk, c, "file", Map.of("note", "启动欠薪联动处置机制"));
        JsonNode assigned =
                api.act(clerk, c, "assignments", Map.of("department", "LABOUR_INSPECTION", "note", "核实欠薪事实"));
        api.act(admin, c, "tasks/" + task(assigned, "LABOUR_INSPECTION") + "/accept", null);
        clock.advance(Duration.ofDays(1));
        api.act(
                admin,
                c,
                "tasks/" + task(assigned, "LABOUR_INSPECTION") + "/part",
                Map.of("contribution", "调取考勤与证人证言，确认欠薪6人共计8.6万元"));
        JsonNode consulting = api.act(
                admin,
                c,
                "consultations",
                Map.of("departments", List.of("LEGAL_AID", "COURT", "PROCURATORATE"), "topic", "欠薪追讨与调解"));
        api.act(admin, c, "tasks/" + task(consulting, "LEGAL_AID") + "/part", Map.of("contribution", "为六名农民工提供法律援助"));
        api.act(admin, c, "tasks/" + task(consulting, "COURT") + "/part", Map.of("contribution", "法官指导调解，释明诉讼风险"));
        api.act(
                admin,
                c,
                "tasks/" + task(consulting, "PROCURATORATE") + "/part",
                Map.of("contribution", "检察院支持起诉并监督履行"));
        clock.advance(Duration.ofDays(3));
        api.act(admin, c, "feedback", Map.of("result", "劳务公司当场支付全部工资"));
        List<String> workers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            workers.add("农民工" + i);
        }
        workers.add("某劳务公司");
        api.act(
                clerk,
                c,
                "close",
                Map.of(
                        "kind",
                        "MEDIATED",
                        "agreements",
                        List.of(Map.of("parties", workers, "terms", "一次性支付拖欠工资8.6万元", "signedOn", "2024-10-18"))));
        api.act(clerk, c, "follow-ups", Map.of("kind", "PHONE", "satisfaction", "SATISFIED", "note", "六人均确认到账"));
        JsonNode archived = api.act(clerk, c, "archive", null);

        assertThat(archived.get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(archived.get("tasks"))
                .hasSize(4)
                .allSatisfy(t -> assertThat(t.get("part").asString()).isNotBlank());
        assertThat(Duration.between(
                        Instant.parse(archived.get("createdAt").asString()),
                        Instant.parse(archived.get("closedAt").asString())))
                .isLessThan(Duration.ofDays(7));
        assertThat(archived.get("warning").asString()).isEqualTo("NONE");
        assertThat(api.timelineActions(clerk, c))
                .containsExactly(
                        "report",
                        "alert",
                        "file",
                        "assign",
                        "accept-task",
                        "record-part",
                        "consult",
                        "record-part",
                        "record-part",
                        "record-part",
                        "feed-back",
                        "close",
                        "follow-up",
                        "archive");
    }

    /**
     * Gaoping: a retired worker's wage and injury claims, stuck for three years, go up to the county,
     * are recalculated by labour arbitration, mediated and confirmed by the court. Arbitration is slow to
     * take the work on: the case turns red and the city supervises.
     */
    @Test
    void gaopingRefersAThreeYearOldClaimToArbitrationUnderSupervisionAndHasItConfirmed() {
        String township = StoryUsers.ensure("story.beicheng.clerk", "140581001", "intake-clerk");
        String county = StoryUsers.ensure("story.gaoping.admin", "140581", "county-admin");
        String city = StoryUsers.ensure("story.jincheng.admin", "1405", "city-admin");
        beijing("2026-03-02T09:00");
        JsonNode taken = api.intake(
                        township,
                        Intakes.form(
                                "WALK_IN",
                                "WAGE_ARREARS",
                                "退休职工工资及工伤待遇争议三年未决",
                                List.of(Intakes.person("老赵", n)),
                                List.of(Intakes.company("某煤矿"))))
                .get("case");
        String c = id(taken);
        api.act(township, c, "escalate", Map.of("reason", "历时三年，涉及工伤认定与工资核算，街道无法调处"));
        Api.problem(api.post(township, "/api/cases/" + c + "/notes", Map.of("text", "x")), 403);

        clock.advance(Duration.ofHours(2));
        api.act(county, c, "transfer/accept", null);
        JsonNode assigned = api.act(
                county, c, "assignments", Map.of("department", "LABOUR_ARBITRATION", "note", "转诊劳动仲裁，重新核算工资与工伤待遇"));
        assertThat(assigned.get("holderCenter").asString()).isEqualTo("140581");

        clock.advance(Duration.ofDays(4));
        assertThat(warningAfterScan(county, c)).isEqualTo("RED");
        JsonNode supervised = api.read(city, c);
        assertThat(supervised.get("supervisions")).hasSize(1);
        assertThat(supervised.get("supervisions").get(0).get("issuer").asString())
                .isEqualTo("1405");
        String order = supervised.get("supervisions").get(0).get("id").asString();
        api.act(county, c, "supervisions/" + order + "/response", Map.of("response", "已协调仲裁院当日受理"));

        api.act(county, c, "tasks/" + task(assigned, "LABOUR_ARBITRATION") + "/accept", null);
        clock.advance(Duration.ofDays(2));
        api.act(
                county,
                c,
                "tasks/" + task(assigned, "LABOUR_ARBITRATION") + "/part",
                Map.of("contribution", "重新核算：拖欠工资及工伤待遇共计12.4万元"));
        api.act(county, c, "feedback", Map.of("result", "双方同意按核算结果调解"));
        api.act(
                county,
                c,
                "close",
                Map.of(
                        "kind",
                        "MEDIATED",
                        "agreements",
                        List.of(Map.of(
                                "parties", List.of("老赵", "某煤矿"), "terms", "分两期支付12.4万元", "signedOn", "2026-03-10"))));
        JsonNode confirmed = api.act(
                county,
                c,
                "judicial-confirmations",
                Map.of(
                        "confirmations",
                        List.of(Map.of(
                                "agreement",
                                1,
                                "court",
                                "高平市人民法院",
                                "rulingNumber",
                                "(2026)晋0581民特37号",
                                "confirmedOn",
                                "2026-03-11"))));

        assertThat(confirmed.get("outcome").asString()).isEqualTo("JUDICIALLY_CONFIRMED");
        assertThat(confirmed.get("formerHolders").toString()).contains("140581001");
        assertThat(confirmed.get("supervisions").get(0).get("response").asString())
                .isEqualTo("已协调仲裁院当日受理");
        assertThat(api.read(township, c).get("status").asString())
                .as("the township still follows it")
                .isEqualTo("CLOSED");
        assertThat(api.timelineActions(township, c))
                .containsExactly(
                        "report",
                        "escalate",
                        "accept-transfer",
                        "assign",
                        "supervise",
                        "respond-supervision",
                        "accept-task",
                        "record-part",
                        "feed-back",
                        "close",
                        "confirm-judicially");
    }

    /** Kelan: a grid worker reports a sewage pipe fault from a phone, and it is handled within 30 minutes. */
    @Test
    void kelanHandlesAGridWorkersSewageReportWithinThirtyMinutes() {
        String grid = StoryUsers.ensure("story.dongjie.grid", "140929100200", "grid-worker");
        String village = StoryUsers.ensure("story.dongjie.admin", "140929100200", "center-admin");
        String township = StoryUsers.ensure("story.lanyi.admin", "140929100", "center-admin");
        beijing("2026-06-03T07:40");
        JsonNode taken = api.intake(
                        grid,
                        Intakes.with(
                                Intakes.form("GRID_REPORT", "HAZARD", "东街主管道污水外溢", List.of(), List.of()),
                                "place",
                                "岢岚县岚漪镇东街与北大街交叉口"))
                .get("case");
        String c = id(taken);
        assertThat(taken.get("deadline").get("limit").asString()).isEqualTo("H:2");

        clock.advance(Duration.ofMinutes(3));
        api.act(village, c, "escalate", Map.of("reason", "需镇水务站抢修"));
        clock.advance(Duration.ofMinutes(2));
        api.act(township, c, "transfer/accept", null);
        JsonNode dispatched =
                api.act(township, c, "assignments", Map.of("department", "WATER_AFFAIRS", "note", "水务站抢修班"));
        clock.advance(Duration.ofMinutes(5));
        api.act(township, c, "tasks/" + task(dispatched, "WATER_AFFAIRS") + "/accept", null);
        clock.advance(Duration.ofMinutes(15));
        api.act(township, c, "feedback", Map.of("result", "已更换破损管段，污水停止外溢"));
        JsonNode closed = api.act(township, c, "close", Map.of("kind", "HANDLED", "summary", "抢修完毕，路面已清理"));

        assertThat(closed.get("outcome").asString()).isEqualTo("HANDLED");
        assertThat(Duration.between(
                        Instant.parse(closed.get("createdAt").asString()),
                        Instant.parse(closed.get("closedAt").asString())))
                .isLessThanOrEqualTo(Duration.ofMinutes(30));
        assertThat(warningAfterScan(grid, c)).isEqualTo("NONE");
        assertThat(api.timelineActions(grid, c))
                .containsExactly(
                        "report", "escalate", "accept-transfer", "assign", "accept-task", "feed-back", "close");
    }

    /**
     * Pingding (Yangquan): a grid worker reports school bullying; the center resolves it and follows up
     * twice, by phone and at home.
     */
    @Test
    void pingdingResolvesSchoolBullyingAndFollowsUpByPhoneAndAtHome() {
        String grid = StoryUsers.ensure("story.jiangjiagou.grid", "140321100011", "grid-worker");
        String village = StoryUsers.ensure("story.jiangjiagou.admin", "140321100011", "center-admin");
        String township = StoryUsers.ensure("story.guanshan.admin", "140321100", "center-admin");
        beijing("2026-04-20T16:00");
        Map<String, Object> child = Intakes.person("小明", n);
        child.put("vulnerabilities", List.of("MINOR"));
        JsonNode taken = api.intake(
                        grid,
                        Intakes.form(
                                "GRID_REPORT",
                                "SCHOOL_BULLYING",
                                "学生在校遭同学多次欺凌",
                                List.of(child, Intakes.person("小明家长", n + 1)),
                                List.of(Intakes.person("小刚家长", n + 2))))
                .get("case");
        String c = id(taken);
        assertThat(taken.get("risk").asString()).isEqualTo("MAJOR");
        assertThat(taken.get("riskReasons").toString()).contains("校园欺凌", "弱势群体");
        assertThat(taken.get("parties").get(0).get("vulnerabilities").toString())
                .contains("MINOR");

        api.act(village, c, "escalate", Map.of("reason", "涉及未成年人与学校，需镇综治中心统筹"));
        clock.advance(Duration.ofHours(1));
        api.act(township, c, "transfer/accept", null);
        JsonNode consulting = api.act(
                township,
                c,
                "consultations",
                Map.of(
                        "departments",
                        List.of("EDUCATION", "PUBLIC_SECURITY", "PSYCHOLOGICAL_SERVICES"),
                        "topic",
                        "校园欺凌联合处置"));
        assertThat(consulting.get("deadline").get("limit").asString())
                .as("bullying gets five working days")
                .isEqualTo("WD:5");
        clock.advance(Duration.ofDays(1));
        api.act(
                township,
                c,
                "tasks/" + task(consulting, "EDUCATION") + "/part",
                Map.of("contribution", "学校约谈涉事学生及家长，调整班级"));
        api.act(
                township,
                c,
                "tasks/" + task(consulting, "PUBLIC_SECURITY") + "/part",
                Map.of("contribution", "派出所民警开展法治教育"));
        api.act(
                township,
                c,
                "tasks/" + task(consulting, "PSYCHOLOGICAL_SERVICES") + "/part",
                Map.of("contribution", "心理咨询师为受害学生疏导"));
        api.act(township, c, "feedback", Map.of("result", "双方家长达成和解，涉事学生道歉"));
        api.act(
                township,
                c,
                "close",
                Map.of(
                        "kind",
                        "MEDIATED",
                        "agreements",
                        List.of(Map.of(
                                "parties",
                                List.of("小明家长", "小刚家长"),
                                "terms",
                                "书面道歉并承担心理咨询费用",
                                "signedOn",
                                "2026-04-22"))));
        clock.advance(Duration.ofDays(3));
        api.act(
                township,
                c,
                "follow-ups",
                Map.of("kind", "PHONE", "satisfaction", "BASICALLY_SATISFIED", "note", "家长反映孩子情绪好转"));
        clock.advance(Duration.ofDays(7));
        api.act(
                township,
                c,
                "follow-ups",
                Map.of("kind", "HOME_VISIT", "satisfaction", "SATISFIED", "note", "入户回访，孩子正常上学"));
        JsonNode archived = api.act(township, c, "archive", null);

        assertThat(archived.get("followUps").findValuesAsString("method")).containsExactly("PHONE", "HOME_VISIT");
        assertThat(archived.get("satisfaction").asString()).isEqualTo("SATISFIED");
        assertThat(archived.get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(api.read(grid, c).get("parties").get(0).get("idNumber").asString())
                .contains("*");
        assertThat(api.timelineActions(grid, c))
                .containsExactly(
                        "report",
                        "alert",
                        "escalate",
                        "accept-transfer",
                        "consult",
                        "record-part",
                        "record-part",
                        "record-part",
                        "feed-back",
                        "close",
                        "follow-up",
                        "follow-up",
                        "archive");
    }

    /**
     * Shangdang (Changzhi): residents complain about their property management; the township calls the
     * departments in (街乡吹哨、部门报到) and a new property company is in place within three days. A
     * resident is not satisfied at first: the case is reopened and settled.
     */
    @Test
    void shangdangReplacesAPropertyCompanyWithinThreeDaysWhenTheTownshipCallsTheDepartmentsIn() {
        beijing("2026-11-02T09:00");
        List<Map<String, Object>> residents = Intakes.people("业主", 8, n);
        JsonNode taken = api.intake(
                        "handian.clerk",
                        Intakes.form(
                                "HOTLINE_12345",
                                "PROPERTY_MANAGEMENT",
                                "小区物业长期失管，垃圾不清、电梯停运",
                                residents,
                                List.of(Intakes.company("某物业公司"))))
                .get("case");
        String c = id(taken);
        assertThat(taken.get("channel").asString()).isEqualTo("HOTLINE_12345");
        assertThat(taken.get("risk").asString()).isEqualTo("SERIOUS");

        api.act("handian.clerk", c, "file", Map.of("note", "街乡吹哨：召集住建、市场监管"));
        JsonNode consulting = api.act(
                "handian.admin",
                c,
                "consultations",
                Map.of("departments", List.of("HOUSING", "MARKET_REGULATION"), "topic", "物业失管处置"));
        clock.advance(Duration.ofDays(1));
        api.act(
                "handian.admin",
                c,
                "tasks/" + task(consulting, "HOUSING") + "/part",
                Map.of("contribution", "解除原物业服务合同，组织业主选聘新物业"));
        api.act(
                "handian.admin",
                c,
                "tasks/" + task(consulting, "MARKET_REGULATION") + "/part",
                Map.of("contribution", "核查原物业收费问题"));
        clock.advance(Duration.ofDays(1));
        api.act("handian.admin", c, "feedback", Map.of("result", "新物业公司已进驻，电梯恢复运行"));
        api.act("handian.clerk", c, "close", Map.of("kind", "HANDLED", "summary", "三日内更换物业公司"));
        api.act(
                "handian.clerk",
                c,
                "follow-ups",
                Map.of("kind", "HOME_VISIT", "satisfaction", "DISSATISFIED", "note", "部分业主反映垃圾仍未清运"));
        Api.problem(api.post("handian.clerk", "/api/cases/" + c + "/archive", null), 409);
        JsonNode reopened = api.act("handian.clerk", c, "reopen", Map.of("reason", "回访不满意：垃圾清运未落实"));
        assertThat(reopened.get("status").asString()).isEqualTo("INVESTIGATING");
        api.act("handian.admin", c, "feedback", Map.of("result", "新物业完成垃圾清运"));
        api.act("handian.clerk", c, "close", Map.of("kind", "HANDLED", "summary", "垃圾清运完毕"));
        api.act("handian.clerk", c, "follow-ups", Map.of("kind", "PHONE", "satisfaction", "SATISFIED"));
        JsonNode archived = api.act("handian.clerk", c, "archive", null);

        assertThat(Duration.between(
                        Instant.parse(archived.get("createdAt").asString()),
                        Instant.parse(archived.get("closedAt").asString())))
                .isLessThan(Duration.ofDays(3));
        assertThat(archived.get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(api.read("shangdang.admin", c).get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(api.timelineActions("changzhi.admin", c))
                .containsExactly(
                        "report",
                        "file",
                        "consult",
                        "record-part",
                        "record-part",
                        "feed-back",
                        "close",
                        "follow-up",
                        "reopen",
                        "feed-back",
                        "close",
                        "follow-up",
                        "archive");
    }
}
