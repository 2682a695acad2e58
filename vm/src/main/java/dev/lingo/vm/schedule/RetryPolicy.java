package dev.lingo.vm.schedule;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When a failed attempt is tried again. Only retryable failures are (429, 5xx, timeouts, dropped
 * connections, unreadable bodies); anything else fails at once.
 *
 * @param maxAttempts            attempts of one request that may end in a failure other than 429
 * @param maxRateLimitedAttempts attempts that may end in 429: rate limits say "later", not "broken",
 *                               so they get their own, larger bound
 * @param maxTimedOutAttempts    attempts that may end in a timeout (they count as failures too): a
 *                               server silent for a whole timeout twice is hung, not busy, and five
 *                               full timeouts would hide it for ten minutes
 * @param baseDelay              first backoff ceiling; it doubles per failure ("full jitter": a
 *                               uniformly random wait between zero and the ceiling)
 * @param maxDelay               the ceiling stops doubling here
 * @param maxPause               the longest {@code Retry-After} honoured; a server asking for more
 *                               fails the request at once instead of stalling the run. A success
 *                               whose rate-limit headers say a limit is used up pauses at most this long
 */
public record RetryPolicy(int maxAttempts, int maxRateLimitedAttempts, int maxTimedOutAttempts, Duration baseDelay,
                          Duration maxDelay, Duration maxPause) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, 20, 2, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofMinutes(2));

    public RetryPolicy {
        if (maxAttempts < 1 || maxRateLimitedAttempts < 1 || maxTimedOutAttempts < 1) {
            throw new IllegalArgumentException("a request needs at least one attempt");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || maxPause.isNegative()) {
            throw new IllegalArgumentException("retry delays must be 0 <= base <= max, pause >= 0");
        }
    }

    /** The wait before retry number {@code failures} (1 for the first retry): full jitter. */
    public Duration backoff(int failures, RandomGenerator random) {
        long ceiling = ceilingNanos(failures);
        return ceiling == 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(ceiling + 1));
    }

    /** {@code min(maxDelay, baseDelay * 2^(failures - 1))}, without overflow. */
    long ceilingNanos(int failures) {
        long base = baseDelay.toNanos();
        long max = maxDelay.toNanos();
        int doublings = Math.max(0, failures - 1);
        if (base == 0) {
            return 0;
        }
        return doublings >= 62 || base > (max >> doublings) ? max : Math.min(max, base << doublings);
    }
}
