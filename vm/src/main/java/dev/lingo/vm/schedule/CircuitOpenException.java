package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.ProviderException;
import java.time.Duration;

/**
 * The endpoint's circuit breaker is open: too many requests in a row failed there, so the request
 * fails at once without being sent (and a fallback chain moves on). Not retried by the scheduler.
 */
public final class CircuitOpenException extends ProviderException {

    /**
     * @param failures requests that failed in a row (a request's retries count once)
     * @param probeIn  time until a trial request may go; null while one is under way
     */
    public CircuitOpenException(String provider, String endpoint, int failures, String lastFailure, Duration probeIn) {
        super(provider, "not calling " + endpoint + " for now: "
                + (failures == 1 ? "a request failed there" : failures + " requests in a row failed there")
                + (lastFailure == null ? "" : " (last: " + lastFailure + ")") + "; "
                + (probeIn == null ? "a trial request is under way" : "the next try goes out in "
                        + Math.max(1, (probeIn.toMillis() + 999) / 1000) + " s") + " (circuit breaker open)", 0, false, null, null);
    }
}
