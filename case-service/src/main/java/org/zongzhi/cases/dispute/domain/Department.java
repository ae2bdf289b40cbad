package org.zongzhi.cases.dispute.domain;

/** Departments and social forces a center assigns or consults (入驻部门与社会力量). */
public enum Department {
    COURT("法院"),
    PROCURATORATE("检察院"),
    PUBLIC_SECURITY("公安"),
    JUSTICE("司法局"),
    LEGAL_AID("法律援助中心"),
    NOTARY("公证处"),
    PETITIONS("信访局"),
    HUMAN_RESOURCES("人社局"),
    LABOUR_INSPECTION("劳动监察"),
    LABOUR_ARBITRATION("劳动仲裁院"),
    HOUSING("住建局"),
    WATER_AFFAIRS("水务"),
    CIVIL_AFFAIRS("民政局"),
    WOMENS_FEDERATION("妇联"),
    VETERANS_AFFAIRS("退役军人事务局"),
    HEALTH("卫健局"),
    MEDICAL_MEDIATION("医调委"),
    EDUCATION("教育局"),
    NATURAL_RESOURCES("自然资源局"),
    MARKET_REGULATION("市场监管局"),
    EMERGENCY_MANAGEMENT("应急管理局"),
    ECOLOGY_ENVIRONMENT("生态环境局"),
    PEOPLES_MEDIATION("人民调解委员会"),
    LAWYERS("律师"),
    PSYCHOLOGICAL_SERVICES("心理服务"),
    INDUSTRY_MEDIATION("行业性专业性调解组织"),
    ARBITRATION_COMMISSION("仲裁委员会");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
