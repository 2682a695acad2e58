package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Per-minute allowances, driven by an explicit clock. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullMinuteIsAvailableThenItRefillsAtTheRate() {
        TokenBucket bucket = new TokenBucket(60, 0); // one per second
        for (int i = 0; i < 60; i++) {
            assertEquals(0, bucket.nanosUntil(1, 0));
            bucket.take(1, 0);
        }
        assertEquals(SECOND, bucket.nanosUntil(1, 0));
        assertEquals(SECOND / 2, bucket.nanosUntil(1, SECOND / 2));
        assertEquals(0, bucket.nanosUntil(1, SECOND));
    }

    @Test
    void neverHoldsMoreThanAMinute() {
        TokenBucket bucket = new TokenBucket(60, 0);
        assertEquals(60.0, bucket.level(3600 * SECOND), 1e-9);
    }

    @Test
    void aRequestLargerThanTheBucketGoesWhenItIsFullAndLeavesDebt() {
        TokenBucket bucket = new TokenBucket(1000, 0);
        assertEquals(0, bucket.nanosUntil(5000, 0));
        bucket.take(5000, 0);
        assertTrue(bucket.level(0) < 0);
        long wait = bucket.nanosUntil(1, 0);
        assertEquals(4001 * 60 * SECOND / 1000, wait, 1e6); // 4001 tokens at 1000 per minute
    }

    @Test
    void correctionsPutBackWhatTheEstimateOverstated() {
        TokenBucket bucket = new TokenBucket(1000, 0);
        bucket.take(800, 0);
        assertTrue(bucket.nanosUntil(800, 0) > 0);
        bucket.adjust(800 - 100, 0); // the call used only 100
        assertEquals(0, bucket.nanosUntil(800, 0));
        bucket.adjust(5000, 0);
        assertEquals(1000.0, bucket.level(0), 1e-9, "corrections never overfill it");
    }
}
