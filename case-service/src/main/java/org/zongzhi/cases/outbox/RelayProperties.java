package org.zongzhi.cases.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param stream the Redis stream events go to
 * @param interval the pause between two relay rounds when the outbox was empty
 * @param batch events claimed per transaction
 * @param maxLength the approximate length the stream is trimmed to (MAXLEN ~); consumers must keep up
 * @param retention how long published events stay in the outbox table before they are purged
 */
@ConfigurationProperties("cases.relay")
public record RelayProperties(String stream, Duration interval, int batch, long maxLength, Duration retention) {

    public RelayProperties {
        if (stream == null || stream.isBlank()) {
            stream = org.zongzhi.platform.events.CaseEventStream.NAME;
        }
        if (interval == null) {
            interval = Duration.ofMillis(200);
        }
        if (batch <= 0) {
            batch = 200;
        }
        if (maxLength <= 0) {
            maxLength = 1_000_000;
        }
        if (retention == null) {
            retention = Duration.ofDays(7);
        }
    }
}
