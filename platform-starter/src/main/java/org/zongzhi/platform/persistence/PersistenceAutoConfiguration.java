package org.zongzhi.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One way to keep tenants apart in PostgreSQL for every service that has a database: Hibernate's
 * {@code @TenantId} discriminator on top, row-level security keyed on per-transaction settings below.
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({EntityManagerFactory.class, HibernatePropertiesCustomizer.class})
public class PersistenceAutoConfiguration {

    @Bean
    HibernatePropertiesCustomizer platformTenantResolver() {
        return properties ->
                properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new PlatformTenantResolver());
    }

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory emf) {
        return new TenantTransactionManager(emf);
    }
}
