package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Exponential backoff with full jitter. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, 20, 2, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));

    @Test
    void theCeilingDoublesPerFailureUpToTheMaximum() {
        assertEquals(Duration.ofMillis(100).toNanos(), policy.ceilingNanos(1));
        assertEquals(Duration.ofMillis(200).toNanos(), policy.ceilingNanos(2));
        assertEquals(Duration.ofMillis(800).toNanos(), policy.ceilingNanos(4));
        assertEquals(Duration.ofSeconds(1).toNanos(), policy.ceilingNanos(5));
        assertEquals(Duration.ofSeconds(1).toNanos(), policy.ceilingNanos(500));
    }

    @Test
    void waitsAreSpreadUniformlyBetweenZeroAndTheCeiling() {
        Random random = new Random(42);
        for (int failures = 1; failures <= 8; failures++) {
            long ceiling = policy.ceilingNanos(failures);
            Set<Long> seen = new HashSet<>();
            long below = 0;
            for (int i = 0; i < 400; i++) {
                long wait = policy.backoff(failures, random).toNanos();
                assertTrue(wait >= 0 && wait <= ceiling, wait + " outside [0, " + ceiling + "]");
                seen.add(wait);
                below += wait < ceiling / 2 ? 1 : 0;
            }
            assertTrue(seen.size() > 350, "full jitter spreads the waits: " + seen.size());
            assertTrue(below > 120 && below < 280, "about half below the middle: " + below);
        }
    }

    @Test
    void aZeroBaseMeansNoWait() {
        RetryPolicy now = new RetryPolicy(3, 3, 3, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        assertEquals(Duration.ZERO, now.backoff(3, new Random(1)));
    }
}
