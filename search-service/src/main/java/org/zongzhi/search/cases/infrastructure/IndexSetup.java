package org.zongzhi.search.cases.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Makes sure the index and its alias exist once the service is up (Elasticsearch may come up later). */
@Component
class IndexSetup {

    private static final Logger log = LoggerFactory.getLogger(IndexSetup.class);

    private final CaseIndex index;

    IndexSetup(CaseIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureIndex() {
        try {
            index.ensure();
        } catch (RuntimeException e) {
            log.warn("Could not set up the case index yet ({}); the indexer retries when it writes", e.getMessage());
        }
    }
}
