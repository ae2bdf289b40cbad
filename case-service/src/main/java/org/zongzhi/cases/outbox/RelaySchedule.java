package org.zongzhi.cases.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the relay continuously and purges old published events. Off when
 * {@code cases.background-jobs.enabled} is false (tests drive the relay themselves).
 */
@Component
@ConditionalOnProperty(name = "cases.background-jobs.enabled", havingValue = "true", matchIfMissing = true)
class RelaySchedule {

    private static final Logger log = LoggerFactory.getLogger(RelaySchedule.class);

    private final OutboxRelay relay;

    RelaySchedule(OutboxRelay relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelayString = "${cases.relay.interval:PT0.2S}", initialDelayString = "PT2S")
    void relay() {
        try {
            relay.relayAll();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed, retrying on the next round: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purge() {
        int purged = relay.purgePublished();
        if (purged > 0) {
            log.info("Purged {} published outbox events", purged);
        }
    }
}
