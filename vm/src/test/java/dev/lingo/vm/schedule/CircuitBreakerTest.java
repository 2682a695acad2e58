package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.MalformedResponseException;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.ProviderRejectedException;
import dev.lingo.vm.provider.ProviderUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The breaker's states, driven by an explicit clock. */
class CircuitBreakerTest {

    private static final long MS = 1_000_000L;
    private static final ProviderException SERVER_ERROR = new ProviderUnavailableException("openai", 500, "boom", null);

    @Test
    void opensAfterTheThresholdAndProbesOnceAfterTheCoolDown() {
        CircuitBreaker b = new CircuitBreaker(new BreakerPolicy(3, Duration.ofMillis(100)));
        b.onServerFailure(0, "500", true);
        b.onServerFailure(0, "500", true);
        assertTrue(b.admits(0));
        b.onServerFailure(0, "500", true);
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
        b.onServerFailure(0, "timeout", true);
        b.onAdmit(150 * MS);
        b.onServerFailure(160 * MS, "timeout again", true);
        assertEquals(CircuitBreaker.State.OPEN, b.state());
        assertFalse(b.admits(259 * MS));
        assertTrue(b.admits(260 * MS));
        assertEquals("timeout again", b.lastFailure());
    }

    @Test
    void successesInBetweenResetTheCountAndZeroTurnsItOff() {
        CircuitBreaker b = new CircuitBreaker(new BreakerPolicy(2, Duration.ofMillis(100)));
        b.onServerFailure(0, "x", true);
        b.onHealthy();
        b.onServerFailure(0, "x", true);
        assertEquals(CircuitBreaker.State.CLOSED, b.state());
        CircuitBreaker off = new CircuitBreaker(new BreakerPolicy(0, Duration.ofMillis(100)));
        for (int i = 0; i < 100; i++) {
            off.onServerFailure(0, "x", true);
        }
        assertTrue(off.admits(0));
    }

    @Test
    void theRetriesOfOneRequestCountOnceButAFailedProbeStillReopens() {
        CircuitBreaker b = new CircuitBreaker(new BreakerPolicy(2, Duration.ofMillis(100)));
        RequestStrikes bad = new RequestStrikes();
        for (int attempt = 0; attempt < 5; attempt++) {
            b.onFailure(0, SERVER_ERROR, bad, 0);
        }
        assertEquals(CircuitBreaker.State.CLOSED, b.state(), "five attempts of one request are one failure");
        assertEquals(1, b.consecutiveFailures());
        b.onFailure(0, SERVER_ERROR, new RequestStrikes(), 0);
        assertEquals(CircuitBreaker.State.OPEN, b.state(), "a second request failing opens it");

        b.onAdmit(100 * MS);
        b.onFailure(110 * MS, SERVER_ERROR, bad, 0);
        assertEquals(CircuitBreaker.State.OPEN, b.state(), "a retry that was the probe failed: open again");
    }

    @Test
    void anUnreadableAnswerCountsNeitherWayAndAnAnswerFromTheServerIsHealthy() {
        CircuitBreaker b = new CircuitBreaker(new BreakerPolicy(2, Duration.ofMillis(100)));
        b.onFailure(0, SERVER_ERROR, new RequestStrikes(), 0);
        b.onFailure(0, new MalformedResponseException("openai", 200, "not JSON: <html>"), new RequestStrikes(), 0);
        b.onFailure(0, new MalformedResponseException("openai", 200, "no choices"), new RequestStrikes(), 0);
        assertEquals(CircuitBreaker.State.CLOSED, b.state());
        assertEquals(1, b.consecutiveFailures(), "nor does it reset the count");
        b.onFailure(0, new ProviderRejectedException("openai", 413, "payload too large"), new RequestStrikes(), 0);
        assertEquals(0, b.consecutiveFailures(), "a 413 is an answer from a server that is up");
    }
}
