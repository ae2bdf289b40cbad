package org.zongzhi.cases.dispute.domain;

/** Who a party is: a person (with a national ID number) or an organisation (a company, a committee…). */
public enum PartyKind {
    PERSON("个人"),
    ORGANISATION("单位");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
