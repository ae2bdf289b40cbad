/**
 * Tenant isolation in PostgreSQL: Hibernate's {@code @TenantId} resolved from the token (or an explicit
 * {@link org.zongzhi.platform.tenancy.TenantScope}), and the per-transaction settings row-level security
 * policies read. Services write their policies against {@code app.tenant}, {@code app.tenant_path},
 * {@code app.acting_tenant} and {@code app.system}.
 */
package org.zongzhi.platform.persistence;
