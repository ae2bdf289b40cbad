package org.zongzhi.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.zongzhi.infra.launcher.Platform;

/** Points a service under test at the test instance's real PostgreSQL, Redis, Elasticsearch and Keycloak. */
public class BackingServicesInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Platform.Backing backing = TestPlatform.backing();
        Map<String, Object> properties = new HashMap<>();
        properties.put("platform.security.issuer", backing.issuer());
        properties.put("spring.data.redis.host", backing.redisHost());
        properties.put("spring.data.redis.port", backing.redisPort());
        properties.put("spring.elasticsearch.uris", backing.elasticsearchUrl());
        String service = context.getEnvironment().getProperty("spring.application.name", "");
        // the service's own Redis user and, for search-service, its Elasticsearch user: what the launcher
        // gives the same service (none when the test instance's backing services run without credentials)
        backing.redisLogin(service).ifPresent(login -> {
            properties.put("spring.data.redis.username", login.username());
            properties.put("spring.data.redis.password", login.password());
        });
        backing.elasticsearchLogin(service).ifPresent(login -> {
            properties.put("spring.elasticsearch.username", login.username());
            properties.put("spring.elasticsearch.password", login.password());
        });
        String jdbcUrl = switch (service) {
            case "tenant-service" -> backing.tenantJdbcUrl();
            case "case-service" -> backing.caseJdbcUrl();
            default -> null;
        };
        if (jdbcUrl != null) {
            properties.put("spring.datasource.url", jdbcUrl);
            properties.put("spring.datasource.username", backing.databaseUser());
            properties.put("spring.datasource.password", backing.databasePassword());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-platform", properties));
    }
}
