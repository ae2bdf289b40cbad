package org.zongzhi.cases.open311.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zongzhi.cases.dispute.domain.Category;

/**
 * The services (GeoReport "service types") the platform offers to outside channels: the case categories
 * that may be named in public, each with the same attributes (how many people, a risk of escalation,
 * vulnerable people involved). Categories the domain marks sensitive (wage arrears, school bullying) and
 * marriage and family disputes are never listed and never accepted: such matters come in through staff,
 * not through an open catalogue.
 */
public final class PublicServices {

    /** Never listed, never accepted through Open311. */
    public static final Set<Category> NEVER_PUBLIC = Set.copyOf(EnumSet.of(Category.MARRIAGE_FAMILY));

    public static final String PEOPLE = "PEOPLE_INVOLVED";
    public static final String ESCALATION = "ESCALATION_RISK";
    public static final String VULNERABLE = "VULNERABLE_PEOPLE";

    private static final List<Attribute> ATTRIBUTES = List.of(
            new Attribute(PEOPLE, "number", false, 1, "涉及人数（含反映人）", List.of()),
            new Attribute(
                    ESCALATION,
                    "singlevaluelist",
                    false,
                    2,
                    "是否有矛盾激化、暴力冲突的风险",
                    List.of(new Value("yes", "是"), new Value("no", "否"))),
            new Attribute(
                    VULNERABLE,
                    "singlevaluelist",
                    false,
                    3,
                    "是否涉及老人、未成年人、残疾人、孕妇等需要特别照顾的人",
                    List.of(new Value("yes", "是"), new Value("no", "否"))));

    private static final Map<Category, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(Category.NEIGHBOURS, "邻里之间因噪音、漏水、通行、占地等引起的纠纷"),
            Map.entry(Category.LAND_AND_HOMESTEAD, "土地承包、宅基地、地界引起的纠纷"),
            Map.entry(Category.PROPERTY_MANAGEMENT, "业主与物业服务企业之间的纠纷"),
            Map.entry(Category.CONSTRUCTION_PAYMENT, "工程款结算、拖欠引起的纠纷"),
            Map.entry(Category.HOUSING_DELIVERY, "商品房逾期交付、质量问题引起的纠纷"),
            Map.entry(Category.MEDICAL, "就医过程中发生的医患纠纷"),
            Map.entry(Category.CONSUMER, "购物、服务消费中的纠纷"),
            Map.entry(Category.TRAFFIC, "交通事故赔偿引起的纠纷"),
            Map.entry(Category.ENVIRONMENT, "噪声、污水、废气、垃圾等环境污染问题"),
            Map.entry(Category.HAZARD, "水情、火情、管线破损、危房等安全隐患"),
            Map.entry(Category.OTHER, "其他矛盾纠纷和群众诉求"));

    private PublicServices() {}

    /** One service: its code is the category's name (NEIGHBOURS, HAZARD…). */
    public record Service(
            Category category, String code, String name, String description, String group, String keywords) {

        public List<Attribute> attributes() {
            return ATTRIBUTES;
        }
    }

    /** A GeoReport attribute; {@code values} only for the list datatypes. */
    public record Attribute(
            String code, String datatype, boolean required, int order, String description, List<Value> values) {}

    public record Value(String key, String name) {}

    public static boolean isPublic(Category category) {
        return !category.sensitive() && !NEVER_PUBLIC.contains(category);
    }

    public static List<Service> all() {
        return Arrays.stream(Category.values())
                .filter(PublicServices::isPublic)
                .map(PublicServices::service)
                .toList();
    }

    /** The public service with this code; empty for unknown codes and for every category kept out of the list. */
    public static Optional<Service> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return all().stream().filter(s -> s.code().equals(code.strip())).findFirst();
    }

    private static Service service(Category c) {
        boolean safety = c == Category.HAZARD || c == Category.ENVIRONMENT || c == Category.TRAFFIC;
        return new Service(
                c,
                c.name(),
                c.label(),
                DESCRIPTIONS.getOrDefault(c, c.label()),
                safety ? "公共安全与环境" : "矛盾纠纷",
                c.label());
    }
}
