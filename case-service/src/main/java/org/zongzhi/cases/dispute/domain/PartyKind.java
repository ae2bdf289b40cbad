package org.zongzhi.cases.dispute.domain;

public enum PartyKind {
    PERSON,
    ORGANISATION
}
