package org.zongzhi.cases.dispute.domain;

/** The kinds of dispute and event the centers take in, with the terms the centers use. */
public enum Category {
    MARRIAGE_FAMILY("婚姻家庭", false),
    NEIGHBOURS("邻里纠纷", false),
    LAND_AND_HOMESTEAD("土地宅基地", false),
    PROPERTY_MANAGEMENT("物业纠纷", false),
    WAGE_ARREARS("劳动争议与欠薪", true),
    CONSTRUCTION_PAYMENT("工程款纠纷", false),
    HOUSING_DELIVERY("交房纠纷", false),
    MEDICAL("医疗纠纷", false),
    CONSUMER("消费纠纷", false),
    TRAFFIC("交通事故", false),
    SCHOOL_BULLYING("校园欺凌", true),
    ENVIRONMENT("环境污染", false),
    HAZARD("安全隐患（水情火情等）", false),
    OTHER("其他", false);

    private final String label;
    private final boolean sensitive;

    Category(String label, boolean sensitive) {
        this.label = label;
        this.sensitive = sensitive;
    }

    public String label() {
        return label;
    }

    /** Sensitive categories (wage arrears, school bullying) raise the risk grade on their own. */
    public boolean sensitive() {
        return sensitive;
    }
}
