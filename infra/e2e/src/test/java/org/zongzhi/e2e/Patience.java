package org.zongzhi.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.pollinterval.PollInterval;

/**
 * Waiting for a condition (Awaitility) where a test must go on either way: a call repeated until its answer
 * will do, or a condition waited for at most so long, without failing the test at the deadline (the caller
 * decides what the last answer means). Exceptions of the call are not retried: they fail at once.
 */
public final class Patience {

    private Patience() {}

    /** Calls until {@code done} accepts the answer or {@code max} has passed; the last answer either way. */
    public static <T> T until(Supplier<T> call, Predicate<T> done, Duration poll, Duration max) {
        return until(call, done, new org.awaitility.pollinterval.FixedPollInterval(poll), max);
    }

    public static <T> T until(Supplier<T> call, Predicate<T> done, PollInterval poll, Duration max) {
        var last = new AtomicReference<T>();
        try {
            await().pollDelay(Duration.ZERO).pollInterval(poll).atMost(max).until(() -> {
                T answer = call.get();
                last.set(answer);
                return done.test(answer);
            });
        } catch (ConditionTimeoutException notYet) {
            // the last answer tells
        }
        return last.get();
    }

    /** Whether {@code condition} held within {@code max}, checked every {@code poll}. */
    public static boolean within(BooleanSupplier condition, Duration poll, Duration max) {
        return until(condition::getAsBoolean, Boolean::booleanValue, poll, max);
    }
}
