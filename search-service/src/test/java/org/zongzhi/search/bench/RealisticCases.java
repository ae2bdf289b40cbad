package org.zongzhi.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.zongzhi.platform.tenancy.TenantCode;
import org.zongzhi.search.cases.domain.CaseDocument;
import org.zongzhi.search.cases.domain.CaseFacts;
import org.zongzhi.search.cases.domain.Visibility;

/**
 * Generates cases that look like a province's year: taken in at Shanxi's villages and townships, with the
 * mix of categories, channels and outcomes the seed article describes, and Chinese titles and descriptions.
 */
final class RealisticCases {

    private record Kind(String category, int weight, String[] titles, String[] details) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("NEIGHBOURS", 18, new String[] {"邻里噪音纠纷", "楼上漏水影响楼下", "邻居占用公共通道", "装修扰民"}, new String[] {
                "双方多次争吵，要求社区调解", "网格员走访了解情况"
            }),
            new Kind(
                    "PROPERTY_MANAGEMENT",
                    15,
                    new String[] {"小区物业服务差", "物业费上涨引发不满", "电梯长期停运", "小区停车位纠纷"},
                    new String[] {"居民集体反映物业公司不作为", "要求更换物业公司"}),
            new Kind("WAGE_ARREARS", 12, new String[] {"农民工工资被拖欠", "包工头欠薪未付", "工厂拖欠工资三个月", "讨薪无门"}, new String[] {
                "六名农民工反映无书面合同，工资被拖欠", "劳动监察核实欠薪情况"
            }),
            new Kind("MARRIAGE_FAMILY", 12, new String[] {"婚姻家庭纠纷", "赡养老人纠纷", "离婚财产分割争议"}, new String[] {
                "妇联介入调解", "子女拒绝赡养"
            }),
            new Kind("LAND_AND_HOMESTEAD", 10, new String[] {"宅基地界址纠纷", "土地承包经营权争议", "耕地占用纠纷"}, new String[] {
                "村委会组织双方协商", "自然资源部门现场勘测"
            }),
            new Kind("CONSTRUCTION_PAYMENT", 6, new String[] {"拖欠工程款", "施工队讨要工程款"}, new String[] {"总包单位未按合同付款", "住建部门协调"
            }),
            new Kind("CONSUMER", 6, new String[] {"消费纠纷", "预付卡退款难", "商品质量投诉"}, new String[] {"市场监管部门介入", "商家拒绝退款"}),
            new Kind("TRAFFIC", 5, new String[] {"交通事故赔偿纠纷", "车辆剐蹭赔偿争议"}, new String[] {"交警出具事故认定书", "双方就赔偿金额分歧"}),
            new Kind("HOUSING_DELIVERY", 4, new String[] {"商品房延期交房", "交房质量问题", "办证难"}, new String[] {
                "十余名购房户集体反映", "法庭+调解"
            }),
            new Kind("ENVIRONMENT", 4, new String[] {"污水直排", "餐饮油烟扰民", "垃圾堆放"}, new String[] {"环保部门现场检查", "居民多次投诉"}),
            new Kind("HAZARD", 4, new String[] {"污水管破裂", "燃气泄漏隐患", "水情火情隐患"}, new String[] {"网格员巡查发现", "30分钟内处置完毕"}),
            new Kind("MEDICAL", 3, new String[] {"医疗纠纷", "手术后遗症赔偿"}, new String[] {"医调委介入", "患者家属情绪激动"}),
            new Kind("SCHOOL_BULLYING", 1, new String[] {"校园欺凌", "学生冲突"}, new String[] {"网格员发现并报告", "学校与家长沟通"}));
    private static final String[] CHANNELS = {
        "WALK_IN",
        "WALK_IN",
        "GRID_REPORT",
        "GRID_REPORT",
        "GRID_REPORT",
        "HOTLINE_12345",
        "HOTLINE_12345",
        "APP",
        "DEPARTMENT_TRANSFER",
        "TOWNSHIP_REPORT",
        "PETITION"
    };
    private static final String[] PLACES = {"小区", "村委会", "工地", "街道", "市场", "学校", "厂区", "楼"};
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴"};

    private final List<String> centers;
    private final Random random;
    private final int totalWeight;
    private final Instant now = Instant.now();

    RealisticCases(Path divisions, long seed) throws IOException {
        this.centers = new ArrayList<>();
        for (String line : Files.readAllLines(divisions)) {
            String[] columns = line.split(",");
            if (columns[2].equals("VILLAGE") || columns[2].equals("TOWNSHIP")) {
                centers.add(columns[0]);
            }
        }
        this.random = new Random(seed);
        this.totalWeight = KINDS.stream().mapToInt(Kind::weight).sum();
    }

    List<String> centers() {
        return centers;
    }

    CaseDocument next() {
        Kind kind = kind();
        String origin = centers.get(random.nextInt(centers.size()));
        String id = UUID.randomUUID().toString();
        Instant createdAt = now.minusSeconds(random.nextLong(365L * 86_400));
        double roll = random.nextDouble();
        boolean accepted = roll < 0.97;
        boolean closed = accepted && createdAt.isBefore(now.minusSeconds(30L * 86_400)) ? roll < 0.93 : roll < 0.5;
        boolean resolved = closed && roll < 0.85;
        double cycleDays = closed ? 1 + random.nextDouble() * 40 : 0;
        Instant closedAt = closed ? createdAt.plusSeconds((long) (cycleDays * 86_400)) : null;
        String outcome =
                !closed ? null : resolved ? (roll < 0.2 ? "JUDICIALLY_CONFIRMED" : "MEDIATED") : "GUIDED_TO_LITIGATION";
        boolean followedUp = closed && roll < 0.8;
        String satisfaction =
                followedUp ? (roll < 0.6 ? "SATISFIED" : roll < 0.75 ? "BASICALLY_SATISFIED" : "DISSATISFIED") : null;
        String holder = random.nextDouble() < 0.1
                ? TenantCode.of(origin).ancestors().getLast().value()
                : origin;
        int applicants = random.nextDouble() < 0.05 ? 5 + random.nextInt(30) : 1;
        String place = origin.substring(origin.length() - 3) + PLACES[random.nextInt(PLACES.length)]
                + (1 + random.nextInt(30)) + "号";
        return new CaseDocument(
                id,
                origin + "-" + createdAt.getEpochSecond(),
                1,
                applicants > 1 ? applicants + "人集体反映" + pick(kind.titles()) : pick(kind.titles()),
                pick(kind.details()) + "，" + pick(kind.details()),
                List.of("已登记受理"),
                List.of(),
                place,
                kind.category(),
                CHANNELS[random.nextInt(CHANNELS.length)],
                closed ? "CLOSED" : accepted ? "INVESTIGATING" : "NOT_ACCEPTED",
                applicants > 10 ? "MAJOR" : applicants > 1 ? "SERIOUS" : "GENERAL",
                closed ? "NONE" : random.nextDouble() < 0.1 ? "RED" : "NONE",
                origin,
                TenantCode.of(origin).level().name(),
                Visibility.chain(origin),
                holder,
                Visibility.visibleTo(origin, holder, holder.equals(origin) ? List.of() : List.of(origin)),
                List.of(pick(SURNAMES) + "*"),
                List.of("p" + random.nextInt(2_000_000)),
                List.of("r" + random.nextInt(500_000)),
                applicants,
                createdAt,
                accepted ? createdAt.plusSeconds(3600 * (1 + random.nextInt(48))) : null,
                closedAt,
                accepted,
                accepted ? random.nextDouble() < 0.95 : null,
                closed,
                closed ? random.nextDouble() < 0.9 : null,
                resolved,
                outcome,
                closed ? CaseFacts.cycleDays(createdAt, closedAt) : null,
                followedUp,
                satisfaction,
                null,
                now,
                null);
    }

    private Kind kind() {
        int roll = random.nextInt(totalWeight);
        for (Kind kind : KINDS) {
            roll -= kind.weight();
            if (roll < 0) {
                return kind;
            }
        }
        return KINDS.getLast();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Bulk-indexes the next {@code cases} documents into {@code index}, reporting progress, then refreshes it. */
    void load(co.elastic.clients.elasticsearch.ElasticsearchClient client, String index, int cases) throws IOException {
        System.out.printf("Indexing %,d cases into %s…%n", cases, index);
        long start = System.nanoTime();
        int batch = 2_000;
        for (int done = 0; done < cases; done += batch) {
            var operations = new ArrayList<co.elastic.clients.elasticsearch.core.bulk.BulkOperation>();
            for (int i = 0; i < Math.min(batch, cases - done); i++) {
                CaseDocument d = next();
                operations.add(
                        co.elastic.clients.elasticsearch.core.bulk.BulkOperation.of(op -> op.index(x -> x.index(index)
                                .id(d.id())
                                .version(d.version())
                                .versionType(co.elastic.clients.elasticsearch._types.VersionType.External)
                                .document(d))));
            }
            var response = client.bulk(bk -> bk.operations(operations));
            if (response.errors()) {
                throw new IllegalStateException("bulk errors: "
                        + response.items().stream()
                                .filter(it -> it.error() != null)
                                .findFirst()
                                .map(it -> it.error().reason())
                                .orElse("?"));
            }
            if ((done / batch) % 50 == 0) {
                System.out.printf(
                        "  … %,d indexed (%.0f cases/s)%n",
                        done + operations.size(), (done + operations.size()) / ((System.nanoTime() - start) / 1e9));
            }
        }
        client.indices().refresh(r -> r.index(index));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Indexed %,d cases in %.1f s (%.0f cases/s)%n", cases, seconds, cases / seconds);
    }
}
