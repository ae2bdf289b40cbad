package org.zongzhi.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LocalTokenBucketsTest {

    private static final TokenBuckets.Limit LOOKUP = new TokenBuckets.Limit("lookup", 1, 10);

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void aBurstPassesThenOneRequestPerSecond() {
        var buckets = new LocalTokenBuckets(nanos::get, 1000);

        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take(LOOKUP, "address:1.2.3.4").allowed()).isTrue();
        }
        assertThat(buckets.take(LOOKUP, "address:1.2.3.4").allowed()).isFalse();
        nanos.addAndGet(1_000_000_000L);
        assertThat(buckets.take(LOOKUP, "address:1.2.3.4").allowed()).isTrue();
        assertThat(buckets.take(LOOKUP, "address:1.2.3.4").allowed()).isFalse();
    }

    @Test
    void eachKeyAndEachLimitHasItsOwnBucket() {
        var buckets = new LocalTokenBuckets(nanos::get, 1000);
        for (int i = 0; i < 10; i++) {
            buckets.take(LOOKUP, "address:1.2.3.4");
        }

        assertThat(buckets.take(LOOKUP, "address:1.2.3.5").allowed()).isTrue();
        assertThat(buckets.take(new TokenBuckets.Limit("card", 1, 10), "address:1.2.3.4")
                        .allowed())
                .isTrue();
    }

    @Test
    void bucketsThatFilledUpAgainAreForgottenAndATableFullOfLimitedKeysRefusesNewOnes() {
        var buckets = new LocalTokenBuckets(nanos::get, 3);
        buckets.take(LOOKUP, "a");
        buckets.take(LOOKUP, "b");
        buckets.take(LOOKUP, "c");

        assertThat(buckets.take(LOOKUP, "d").allowed())
                .as("every key still limited")
                .isFalse();
        nanos.addAndGet(11_000_000_000L);
        assertThat(buckets.take(LOOKUP, "d").allowed()).isTrue();
        assertThat(buckets.size()).isEqualTo(1);
    }
}
