/**
 * Conformance with the standard for centers (规范化建设: 五有 and the five 规范化 areas): the standard as
 * versioned data authored by the province and tailored (only ever tightened) by a city or county for its
 * subtree; assessment rounds with one assessment per center (self-assessment with evidence, inspection by
 * the parent, computed items filled at the cutoff); scorecards, ranking and 达标率 over final scorecards;
 * rectification tasks (整改) with working-day deadlines and 红黄蓝 warnings.
 *
 * <p>The rules (scoring, tailoring, state machines, deadlines) live in {@code domain} as plain Java. Rows are
 * read across centers (a round's owner, the inspecting parent, rankings), so the feature stores them with
 * JDBC under row-level security keyed on each row's center path rather than through Hibernate's
 * single-tenant filter; every read is decided in {@code application} first and the database repeats it.
 */
package org.zongzhi.tenant.conformance;
