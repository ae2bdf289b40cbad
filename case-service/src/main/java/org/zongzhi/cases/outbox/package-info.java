/**
 * The relay from the transactional outbox to the Redis stream {@code case-events}: at least once, in order
 * per case, nothing lost across restarts (an event is marked published only after Redis accepted it).
 * Several replicas may relay at once: rows are claimed with SKIP LOCKED, and an event waits while an
 * earlier event of its case is still unpublished, wherever that one is being handled.
 */
package org.zongzhi.cases.outbox;
