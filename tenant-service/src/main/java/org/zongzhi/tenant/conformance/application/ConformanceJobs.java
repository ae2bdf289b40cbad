package org.zongzhi.tenant.conformance.application;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.zongzhi.platform.tenancy.TenantScope;
import org.zongzhi.tenant.conformance.domain.StandardVersion;
import org.zongzhi.tenant.conformance.domain.StarterCatalogue;
import org.zongzhi.tenant.conformance.infrastructure.StandardStore;

/**
 * The feature's system jobs: the starter catalogue as draft version 1 on first start (the platform's
 * proposal for the province to edit), and a periodic sweep that fills in computed items of rounds past their
 * cutoff and records rectification warnings and supervision orders.
 */
@Configuration
@EnableScheduling
class ConformanceJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConformanceJobs.class);

    private final StandardStore standards;
    private final AssessmentRounds rounds;
    private final Rectifications rectifications;
    private final Transactions tx;

    ConformanceJobs(StandardStore standards, AssessmentRounds rounds, Rectifications rectifications, Transactions tx) {
        this.standards = standards;
        this.rounds = rounds;
        this.rectifications = rectifications;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        TenantScope.asSystem(
                "seed the starter catalogue",
                () -> tx.run(() -> {
                    if (standards.isEmpty()) {
                        int number = standards.nextNumber();
                        standards.insert(StandardVersion.draft(number, StarterCatalogue.v1()), "platform");
                        log.info("Seeded the starter catalogue as draft version {} (the platform's proposal)", number);
                    }
                    return null;
                }));
    }

    @Scheduled(
            initialDelayString = "${platform.conformance.sweep-interval:PT1M}",
            fixedDelayString = "${platform.conformance.sweep-interval:PT1M}")
    void sweep() {
        Instant now = Instant.now();
        TenantScope.asSystem("conformance sweep", () -> {
            for (long round : rounds.dueForComputation(now)) {
                var computation = rounds.compute(round, "system", "system");
                log.info("Round {}: computed items filled in at the cutoff ({})", round, computation);
            }
            int changed = rectifications.sweep(now);
            if (changed > 0) {
                log.info("Rectification warnings: {} tasks changed colour", changed);
            }
            return null;
        });
    }
}
