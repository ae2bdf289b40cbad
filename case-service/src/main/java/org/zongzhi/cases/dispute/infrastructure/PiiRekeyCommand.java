package org.zongzhi.cases.dispute.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * case-service run as a command ({@code cases.pii.rekey=run}, see {@code bin/pii-rekey.sh}): re-encrypts
 * every value not under the current key, batch by batch, prints the values per key before and after, and
 * leaves (the script starts it without a web server and without background jobs).
 */
@Component
@ConditionalOnProperty(name = "cases.pii.rekey", havingValue = "run")
class PiiRekeyCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PiiRekeyCommand.class);

    private final PiiRekeying rekeying;
    private final org.springframework.context.ConfigurableApplicationContext context;

    PiiRekeyCommand(PiiRekeying rekeying, org.springframework.context.ConfigurableApplicationContext context) {
        this.rekeying = rekeying;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Encrypted values by key before: {} (current key: {})", rekeying.valuesByKey(), rekeying.currentKey());
        long started = System.nanoTime();
        long done = rekeying.rekeyAll(500);
        log.info(
                "Re-encrypted {} values under the key {} in {} s; by key now: {}",
                done,
                rekeying.currentKey(),
                String.format("%.1f", (System.nanoTime() - started) / 1e9),
                rekeying.valuesByKey());
        // a command, not a service: whatever else started (connection pools, clients) stops with it
        System.exit(org.springframework.boot.SpringApplication.exit(context, () -> 0));
    }
}
