package dev.lingo.vm.schedule;

import java.util.HashSet;
import java.util.Set;

/**
 * The circuit breakers that already counted a failure of one request: its retries count once
 * there, so one bad item cannot open an endpoint's breaker on its own. A request's attempts run one
 * after another, and {@link AdmissionControl}'s lock guards the breakers that ask.
 */
final class RequestStrikes {

    private final Set<CircuitBreaker> struck = new HashSet<>(2);

    /** True the first time this request fails at {@code breaker}. */
    boolean firstAt(CircuitBreaker breaker) {
        return struck.add(breaker);
    }
}
