package org.zongzhi.cases;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import org.zongzhi.cases.fixtures.TestClock;
import org.zongzhi.testsupport.PlatformIntegrationTest;

/**
 * The case-service on a random port against the test instance's real PostgreSQL, Redis and Keycloak, with
 * a clock tests can move. The background jobs (warning scan, outbox relay) do not run on their own: tests
 * run them when they need them, so that no job races a test's assertions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlatformIntegrationTest
@Import(CaseServiceIT.Clocks.class)
@TestPropertySource(
        properties = {
            "cases.background-jobs.enabled=false",
            // the test instance's tenant- and search-service (dev port + 20000); tests that need them start them
            "cases.directories.tenant-service-url=http://localhost:28081",
            "cases.directories.search-service-url=http://localhost:28083"
        })
public @interface CaseServiceIT {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
