/** The event envelope shared by producers (case-service outbox) and consumers (search-service). */
package org.zongzhi.platform.events;
