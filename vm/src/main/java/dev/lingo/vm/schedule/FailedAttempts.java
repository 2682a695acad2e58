package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.ProviderTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** The failed attempts of one request so far, and whether it may go again ({@link RetryPolicy}'s bounds). */
final class FailedAttempts {

    private final RetryPolicy policy;
    private int failures;
    private int rateLimited;
    private int timedOut;

    FailedAttempts(RetryPolicy policy) {
        this.policy = policy;
    }

    /** Counts {@code e}; how long to wait before trying again, or {@code e} rethrown when it must not be retried. */
    Duration next(ProviderException e, RandomGenerator random) {
        if (!e.retryable()) {
            throw e;
        }
        boolean limited = e.status() == 429;
        int count = limited ? ++rateLimited : ++failures;
        boolean hung = e instanceof ProviderTimeoutException && ++timedOut >= policy.maxTimedOutAttempts();
        if (hung || count >= (limited ? policy.maxRateLimitedAttempts() : policy.maxAttempts())) {
            throw new RetriesExhaustedException(e, failures + rateLimited);
        }
        Optional<Duration> after = e.retryAfter();
        if (after.isPresent()) {
            if (after.get().compareTo(policy.maxPause()) > 0) {
                throw e; // waiting that long would stall the run: fail (and fall back) instead
            }
            return Duration.ZERO; // the endpoint is paused: the next acquire waits, or picks another endpoint
        }
        return policy.backoff(count, random);
    }
}
