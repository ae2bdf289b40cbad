package org.zongzhi.tenant.conformance.domain;

/**
 * A heading items are scored under. Data, not an enum: 五有 and the five 规范化 areas are the platform's
 * proposal, and no official list of the latter was found.
 *
 * @param code stable across versions, e.g. {@code sign}
 * @param name as shown, e.g. 有牌子
 * @param group the family it belongs to, e.g. 五有 or 五化
 */
public record Dimension(String code, String name, String group) {}
