/**
 * The case API under {@code /api/cases}: intake (with an Idempotency-Key), reading and listing what the
 * caller's subtree holds, one endpoint per action of the loop, the timeline, audited disclosure of a
 * party's contact data, and the citizen's lookup by code and secret. Errors are RFC 9457 problem details:
 * 400 for malformed input, 403 for a role or a center that may not act, 404 for what the caller cannot
 * see, 409 for an action the case's state refuses (naming the state and the allowed actions), 422 for a
 * well-formed request the case cannot take.
 */
package org.zongzhi.cases.dispute.web;
