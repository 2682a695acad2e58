package dev.lingo.vm.schedule;

import java.util.function.Supplier;

/**
 * Whether a request waits for an open circuit breaker's probe instead of failing at once. Failing
 * fast lets a fallback chain move on to its next model; a model with nothing after it gains
 * nothing from it, and a moment of overload (a cold start timing out its first requests) would
 * fail every queued call. Such a request waits for the probe, and fails when a probe has failed
 * since the breaker opened (the endpoint is down, not having a bad moment).
 */
public final class BreakerPatience {

    private static final ScopedValue<Boolean> PATIENT = ScopedValue.newInstance();

    private BreakerPatience() {
    }

    /** Runs {@code call}, whose requests wait for a probe rather than fail while the breaker is open. */
    public static <T> T waitingForProbes(Supplier<T> call) {
        return ScopedValue.where(PATIENT, Boolean.TRUE).call(call::get);
    }

    static boolean patient() {
        return PATIENT.orElse(Boolean.FALSE);
    }
}
