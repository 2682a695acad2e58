package dev.lingo.vm.schedule;

import java.time.Duration;

/**
 * When an endpoint's circuit breaker opens and for how long.
 *
 * @param failureThreshold requests in a row that failed (5xx, timeouts, dropped connections; a request
 *                         counts once however often it is retried) that open it; 0 turns it off
 * @param coolDown         how long it stays open before one probe request may go
 */
public record BreakerPolicy(int failureThreshold, Duration coolDown) {

    public static final BreakerPolicy DEFAULT = new BreakerPolicy(5, Duration.ofSeconds(30));

    public BreakerPolicy {
        if (failureThreshold < 0 || coolDown.isNegative()) {
            throw new IllegalArgumentException("a circuit breaker needs a threshold >= 0 and a cool-down >= 0");
        }
    }
}
