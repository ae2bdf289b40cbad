package org.zongzhi.platform.events;

/**
 * The Redis Stream case-service publishes every case event to and search-service indexes from: its name,
 * the one field of each entry (the {@link EventEnvelope} as JSON), the indexer's consumer group and where
 * unreadable entries go. One contract, used by both sides.
 */
public final class CaseEventStream {

    public static final String NAME = "case-events";
    public static final String FIELD = "envelope";
    public static final String INDEXER_GROUP = "search-indexer";

    private CaseEventStream() {}

    /** Where a consumer of {@code stream} puts entries it cannot read at all. */
    public static String deadLetters(String stream) {
        return stream + "-dead";
    }
}
