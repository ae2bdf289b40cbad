package org.zongzhi.search.cases.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zongzhi.search.cases.domain.CaseDocument;

/**
 * Rebuilds the case index from case-service while search keeps answering: a new index is created and
 * filled page by page (events keep arriving and are written to both), then the alias moves to it in one
 * step and the old index is dropped. One rebuild at a time; progress is reported as it goes.
 */
@Component
public class Reindexing {

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);
    private static final int PAGE = 500;

    public enum State {
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    public record Progress(
            State state, String targetIndex, long indexed, Instant startedAt, Instant finishedAt, String error) {}

    private final CaseIndex index;
    private final CaseIndexWriter writer;
    private final CaseServiceSnapshots snapshots;
    private final AtomicReference<Progress> progress =
            new AtomicReference<>(new Progress(State.IDLE, null, 0, null, null, null));

    Reindexing(CaseIndex index, CaseIndexWriter writer, CaseServiceSnapshots snapshots) {
        this.index = index;
        this.writer = writer;
        this.snapshots = snapshots;
    }

    public Progress progress() {
        return progress.get();
    }

    /** Starts a rebuild in the background; empty when one is already running. */
    public synchronized java.util.Optional<Progress> start() {
        if (progress.get().state() == State.RUNNING) {
            return java.util.Optional.empty();
        }
        index.ensure();
        String target = index.createIndex();
        Progress started = new Progress(State.RUNNING, target, 0, Instant.now(), null, null);
        progress.set(started);
        index.alsoWriteTo(target);
        Thread.ofVirtual().name("reindex-" + target).start(() -> run(target));
        return java.util.Optional.of(started);
    }

    private void run(String target) {
        long indexed = 0;
        try {
            String cursor = null;
            do {
                CaseServiceSnapshots.Page page = snapshots.page(cursor, PAGE);
                Instant now = Instant.now();
                List<CaseDocument> documents = page.items().stream()
                        .map(snapshot -> CaseDocuments.of(snapshot, now))
                        .toList();
                writer.upsert(documents, List.of(target));
                indexed += documents.size();
                cursor = page.next();
                update(target, indexed);
                if (indexed % 10_000 < PAGE) {
                    log.info("Reindex into {}: {} cases so far", target, indexed);
                }
            } while (cursor != null);
            index.switchTo(target);
            Progress current = progress.get();
            progress.set(new Progress(State.DONE, target, indexed, current.startedAt(), Instant.now(), null));
            log.info("Reindex done: {} cases in {}, now behind alias {}", indexed, target, CaseIndex.ALIAS);
        } catch (RuntimeException e) {
            index.abandon(target);
            Progress current = progress.get();
            progress.set(new Progress(
                    State.FAILED, target, indexed, current.startedAt(), Instant.now(), String.valueOf(e.getMessage())));
            log.error("Reindex into {} failed after {} cases; the old index stays in use", target, indexed, e);
        }
    }

    private void update(String target, long indexed) {
        Progress current = progress.get();
        progress.set(new Progress(State.RUNNING, target, indexed, current.startedAt(), null, null));
    }
}
