package dev.lingo.vm.batch.openai;

import java.time.Duration;

/**
 * How often a job's status is asked: first after {@code first}, then each wait {@code factor}
 * times longer, up to {@code max}. Batch jobs take minutes to hours, so the default settles at a
 * poll a minute. {@code maxFailures} transient failures in a row (the network, a 5xx) are
 * tolerated while polling before the wait is given up.
 */
public record PollSchedule(Duration first, Duration max, double factor, int maxFailures) {

    public static final PollSchedule DEFAULT = new PollSchedule(Duration.ofSeconds(2), Duration.ofSeconds(60), 1.5, 10);

    public PollSchedule {
        if (first.isNegative() || max.compareTo(first) < 0 || factor < 1 || maxFailures < 0) {
            throw new IllegalArgumentException("poll schedule needs 0 <= first <= max, factor >= 1, maxFailures >= 0");
        }
    }

    /** The wait after {@code polls} status requests. */
    public Duration wait(int polls) {
        double millis = first.toMillis() * Math.pow(factor, Math.min(polls, 64));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
