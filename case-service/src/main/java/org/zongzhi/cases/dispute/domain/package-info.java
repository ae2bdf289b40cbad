/**
 * A dispute's whole life as plain Java: the case code (一案一码), intake data and its validation (national ID
 * checksum, phone format), risk grading, the closed loop as one state machine with its rules, outcomes,
 * escalation and referral across centers, follow-up, time limits and the timeline every action leaves.
 * The ports {@link org.zongzhi.cases.dispute.domain.CaseRepository} and
 * {@link org.zongzhi.cases.dispute.domain.CaseCodes} are implemented in infrastructure.
 */
package org.zongzhi.cases.dispute.domain;
