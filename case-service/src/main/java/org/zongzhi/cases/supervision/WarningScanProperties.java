package org.zongzhi.cases.supervision;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param interval the pause between two scans
 * @param batch how many cases one transaction of a scan changes at most
 */
@ConfigurationProperties("cases.warnings")
public record WarningScanProperties(Duration interval, int batch) {

    public WarningScanProperties {
        if (interval == null) {
            interval = Duration.ofSeconds(30);
        }
        if (batch <= 0) {
            batch = 10_000;
        }
    }
}
