/**
 * The use cases of a case, named for what people do: taking a case in (idempotently), moving it through
 * the loop, across levels and into follow-up, revealing a party's contact data (audited), and reading
 * cases and timelines. Each command runs in one transaction that also writes the case's event to the
 * outbox. {@link org.zongzhi.cases.dispute.application.CaseSnapshot} is both the API's case view and the
 * event payload: masked personal data only.
 */
package org.zongzhi.cases.dispute.application;
