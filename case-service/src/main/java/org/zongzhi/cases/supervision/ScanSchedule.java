package org.zongzhi.cases.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zongzhi.cases.dispute.application.TransferExpiry;

/**
 * Runs the warning scan, then the return of unanswered transfers ({@link TransferExpiry}), every {@code cases.warnings.interval} on every replica; the scan's advisory lock
 * lets one of them work at a time. Off when {@code cases.background-jobs.enabled} is false.
 */
@Component
@ConditionalOnProperty(name = "cases.background-jobs.enabled", havingValue = "true", matchIfMissing = true)
class ScanSchedule {

    private static final Logger log = LoggerFactory.getLogger(ScanSchedule.class);

    private final WarningScan scan;
    private final TransferExpiry transfers;

    ScanSchedule(WarningScan scan, TransferExpiry transfers) {
        this.scan = scan;
        this.transfers = transfers;
    }

    @Scheduled(fixedDelayString = "${cases.warnings.interval:PT30S}", initialDelayString = "PT5S")
    void scan() {
        try {
            WarningScan.Result result = scan.scan();
            if (result.changed() > 0) {
                log.info(
                        "Warning scan: {} cases changed colour, {} supervision orders issued",
                        result.changed(),
                        result.supervised());
            }
        } catch (RuntimeException e) {
            log.warn("Warning scan failed, retrying on the next round: {}", e.getMessage());
        }
        try {
            int returned = transfers.returnUnanswered();
            if (returned > 0) {
                log.info("Transfer scan: {} unanswered transfers went back to their senders", returned);
            }
        } catch (RuntimeException e) {
            log.warn("Transfer scan failed, retrying on the next round: {}", e.getMessage());
        }
    }
}
