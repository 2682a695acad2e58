package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The breaker's states, driven by an explicit clock. */
class CircuitBreakerTest {

    private static final long MS = 1_000_000L;

    @Test
    void opensAfterTheThresholdAndProbesOnceAfterTheCoolDown() {
        CircuitBreaker b = new CircuitBreaker(new BreakerPolicy(3, Duration.ofMillis(100)));
        b.onFailure(0, "500");
        b.onFailure(0, "500");
        assertTrue(b.admits(0));
        b.onFailure(0, "500");
        assertEquals(CircuitBreaker.State.OPEN, b.state());
        assertFalse(b.admits(99 * MS));
        assertEquals(1 * MS, b.nanosUntilProbe(99 * MS));
        assertTrue(b.admits(100 * MS));
        b.onAdmit(100 * MS);
        assertEquals(CircuitBreaker.State.HALF_OPEN, b.state());
        assertFalse(b.admits(100 * MS), "one probe at a time");
        b.onHealthy();
        assertEquals(CircuitBreaker.State.CLOSED, b.state());
        assertTrue(b.admits(100 * MS));
    }

    @Test
    void aFailedProbeOpensItAgainForAnotherCoolDown() {
        CircuitBreaker b = new CircuitBreaker(new BreakerPolicy(1, Duration.ofMillis(100)));
        b.onFailure(0, "timeout");
        b.onAdmit(150 * MS);
        b.onFailure(160 * MS, "timeout again");
        assertEquals(CircuitBreaker.State.OPEN, b.state());
        assertFalse(b.admits(259 * MS));
        assertTrue(b.admits(260 * MS));
        assertEquals("timeout again", b.lastFailure());
    }

    @Test
    void successesInBetweenResetTheCountAndZeroTurnsItOff() {
        CircuitBreaker b = new CircuitBreaker(new BreakerPolicy(2, Duration.ofMillis(100)));
        b.onFailure(0, "x");
        b.onHealthy();
        b.onFailure(0, "x");
        assertEquals(CircuitBreaker.State.CLOSED, b.state());
        CircuitBreaker off = new CircuitBreaker(new BreakerPolicy(0, Duration.ofMillis(100)));
        for (int i = 0; i < 100; i++) {
            off.onFailure(0, "x");
        }
        assertTrue(off.admits(0));
    }
}
