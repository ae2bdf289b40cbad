package org.zongzhi.search.cases.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes sure the index and its alias exist once the service is up (Elasticsearch may come up later). An
 * index made by an earlier version gets the new fields and is rebuilt from case-service in the background
 * (the old one answers meanwhile), so a rule that changed how a case is indexed — internal notes in a field
 * of their own, follow-ups counted after the last closing — holds for every case, not only for new ones.
 */
@Component
class IndexSetup {

    private static final Logger log = LoggerFactory.getLogger(IndexSetup.class);

    private final CaseIndex index;
    private final Reindexing reindexing;

    IndexSetup(CaseIndex index, Reindexing reindexing) {
        this.index = index;
        this.reindexing = reindexing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureIndex() {
        try {
            if (index.ensure()) {
                log.info("The case index was made by an earlier version; rebuilding it from case-service");
                reindexing.start();
            }
        } catch (RuntimeException e) {
            log.warn("Could not set up the case index yet ({}); the indexer retries when it writes", e.getMessage());
        }
    }
}
