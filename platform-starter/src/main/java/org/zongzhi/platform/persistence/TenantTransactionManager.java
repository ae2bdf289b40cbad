package org.zongzhi.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.zongzhi.platform.security.CurrentCaller;
import org.zongzhi.platform.tenancy.Caller;
import org.zongzhi.platform.tenancy.TenantScope;

/**
 * Opens every transaction with the caller's center in PostgreSQL's transaction-local settings
 * ({@code app.tenant}, {@code app.tenant_path}, {@code app.acting_tenant}), which the row-level security
 * policies read. A query that forgets its tenant filter still sees only what the caller may see; without
 * a caller (and outside a system job) the settings stay empty and the policies show nothing. The caller is
 * the token's, or the one {@link TenantScope#asCenter} names for work under a service-verified credential.
 */
public class TenantTransactionManager extends JpaTransactionManager {

    public TenantTransactionManager(EntityManagerFactory emf) {
        super(emf);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(getEntityManagerFactory());
        if (em == null) {
            return;
        }
        String tenant = "";
        String path = "";
        String acting = "";
        String system = TenantScope.isSystem() ? "on" : "";
        Caller caller = TenantScope.caller().or(CurrentCaller::find).orElse(null);
        if (caller != null) {
            tenant = caller.tenant().value();
            path = caller.tenant().path();
            acting = TenantScope.acting().orElse(caller.tenant()).value();
        }
        try {
            em.createNativeQuery("select set_config('app.tenant', ?1, true), set_config('app.tenant_path', ?2, true),"
                            + " set_config('app.acting_tenant', ?3, true), set_config('app.system', ?4, true)")
                    .setParameter(1, tenant)
                    .setParameter(2, path)
                    .setParameter(3, acting)
                    .setParameter(4, system)
                    .getSingleResult();
        } catch (RuntimeException e) {
            // super.doBegin bound the entity manager to this thread; a failed begin must not leave it there, or
            // every later transaction of a long-lived thread (the outbox relay's scheduler) would join its
            // dead connection (after a database restart: "Connection is closed" for ever).
            try {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            } catch (RuntimeException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            } finally {
                doCleanupAfterCompletion(transaction);
            }
            throw new CannotCreateTransactionException("Could not set the caller's center on the transaction", e);
        }
    }
}
