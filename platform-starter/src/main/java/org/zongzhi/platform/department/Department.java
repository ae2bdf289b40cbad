package org.zongzhi.platform.department;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A department or social force that works in or with a center (入驻部门与社会力量), in the catalogue's order.
 * The code is the constant's name ({@code COURT}); {@link #formerCodes()} are the codes tenant-service's
 * profiles used before the catalogue was shared ({@code court}, {@code human-resources}…), still understood
 * on input and mapped by its migration.
 */
public enum Department {
    COURT("法院", "People's court", Kind.JUDICIAL, "court"),
    PROCURATORATE("检察院", "Procuratorate", Kind.JUDICIAL, "procuratorate"),
    PUBLIC_SECURITY("公安", "Public security", Kind.GOVERNMENT, "public-security"),
    JUSTICE("司法局", "Justice bureau", Kind.GOVERNMENT, "justice"),
    LEGAL_AID("法律援助中心", "Legal aid centre", Kind.GOVERNMENT),
    NOTARY("公证处", "Notary office", Kind.GOVERNMENT),
    PETITIONS("信访局", "Petitions bureau", Kind.GOVERNMENT, "petitions"),
    HUMAN_RESOURCES("人社局", "Human resources and social security", Kind.GOVERNMENT, "human-resources"),
    LABOUR_INSPECTION("劳动监察", "Labour inspection", Kind.GOVERNMENT),
    LABOUR_ARBITRATION("劳动仲裁院", "Labour dispute arbitration", Kind.GOVERNMENT),
    HOUSING("住建局", "Housing and urban-rural development", Kind.GOVERNMENT, "housing"),
    WATER_AFFAIRS("水务", "Water affairs", Kind.GOVERNMENT),
    CIVIL_AFFAIRS("民政局", "Civil affairs", Kind.GOVERNMENT, "civil-affairs"),
    WOMENS_FEDERATION("妇联", "Women's federation", Kind.MASS_ORGANISATION, "womens-federation"),
    VETERANS_AFFAIRS("退役军人事务局", "Veterans affairs", Kind.GOVERNMENT, "veterans-affairs"),
    HEALTH("卫健局", "Health", Kind.GOVERNMENT, "health"),
    MEDICAL_MEDIATION("医调委", "Medical-dispute mediation committee", Kind.SOCIAL_FORCE),
    EDUCATION("教育局", "Education", Kind.GOVERNMENT, "education"),
    NATURAL_RESOURCES("自然资源局", "Natural resources", Kind.GOVERNMENT, "natural-resources"),
    MARKET_REGULATION("市场监管局", "Market regulation", Kind.GOVERNMENT, "market-regulation"),
    EMERGENCY_MANAGEMENT("应急管理局", "Emergency management", Kind.GOVERNMENT, "emergency-management"),
    ECOLOGY_ENVIRONMENT("生态环境局", "Ecology and environment", Kind.GOVERNMENT),
    PEOPLES_MEDIATION("人民调解委员会", "People's mediation committee", Kind.SOCIAL_FORCE),
    LAWYERS("律师", "Lawyers", Kind.SOCIAL_FORCE, "lawyers"),
    PSYCHOLOGICAL_SERVICES("心理服务", "Psychological services", Kind.SOCIAL_FORCE, "psychological-services"),
    INDUSTRY_MEDIATION("行业性专业性调解组织", "Industry mediation committees", Kind.SOCIAL_FORCE, "industry-mediation"),
    ARBITRATION_COMMISSION("仲裁委员会", "Arbitration commission", Kind.SOCIAL_FORCE, "arbitration"),
    NAMED_MEDIATION_ROOM("品牌调解室", "Named mediation rooms (老法官调解室, 五老调解室)", Kind.SOCIAL_FORCE, "named-mediation-room");

    /** What sort of body a department is. */
    public enum Kind {
        JUDICIAL("司法机关"),
        GOVERNMENT("政府部门"),
        MASS_ORGANISATION("群团组织"),
        SOCIAL_FORCE("社会力量");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Map<String, Department> BY_CODE = Stream.of(values())
            .flatMap(d ->
                    Stream.concat(Stream.of(d.name()), d.formerCodes.stream()).map(code -> Map.entry(code, d)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String label;
    private final String englishName;
    private final Kind kind;
    private final List<String> formerCodes;

    Department(String label, String englishName, Kind kind, String... formerCodes) {
        this.label = label;
        this.englishName = englishName;
        this.kind = kind;
        this.formerCodes = List.of(formerCodes);
    }

    /** The code stored and sent everywhere ({@code COURT}). */
    public String code() {
        return name();
    }

    /** The Chinese name users see (法院). */
    public String label() {
        return label;
    }

    public String englishName() {
        return englishName;
    }

    public Kind kind() {
        return kind;
    }

    /** Codes that meant this department before the catalogue was shared; understood on input only. */
    public List<String> formerCodes() {
        return formerCodes;
    }

    /** The department a current code names. */
    public static Optional<Department> ofCode(String code) {
        return ofCurrentOrFormerCode(code).filter(d -> d.name().equals(code));
    }

    /** The department a current or former code names ({@code court} and {@code COURT} both give COURT). */
    public static Optional<Department> ofCurrentOrFormerCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /** Every current code, in the catalogue's order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Department::code).toList();
    }

    /** Former code → current code, for migrations and documentation. */
    public static Map<String, String> formerCodeMapping() {
        return Arrays.stream(values())
                .flatMap(d -> d.formerCodes.stream().map(former -> Map.entry(former, d.code())))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
