/** Open311's keys and requests in PostgreSQL (row-level security per center), its rate limit in Redis. */
package org.zongzhi.cases.open311.infrastructure;
