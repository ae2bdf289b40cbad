/**
 * Adapters of the case feature: JPA records with Hibernate's {@code @TenantId} (the center holding a case,
 * the actor of a timeline line, the reader of a disclosure) over PostgreSQL tables with row-level security
 * (see {@code db/migration}); JDBC reads that rely on that security; encryption of personal data; the
 * outbox written in the same transaction as each change.
 *
 * <p>Hibernate's tenant discriminator is an equality: right for "only the holder changes a case", wrong for
 * "a county reads its villages' cases". Changes therefore load cases through Hibernate (filtered to the
 * holder), and reads go through JDBC under row-level security, which knows the tree.
 */
package org.zongzhi.cases.dispute.infrastructure;
