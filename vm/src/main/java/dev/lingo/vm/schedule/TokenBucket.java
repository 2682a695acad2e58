package dev.lingo.vm.schedule;

/**
 * A per-minute allowance that refills continuously and holds at most one minute's worth. A take
 * larger than the whole bucket is allowed when the bucket is full (it would never fit otherwise)
 * and leaves it in debt. Not thread-safe: {@link AdmissionControl}'s lock guards it. Times are
 * {@link System#nanoTime()} values, passed in so tests can drive the clock.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double perNano;
    private double level;
    private long refilledAt;

    TokenBucket(long perMinute, long now) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("a token bucket needs a positive rate, not " + perMinute);
        }
        this.capacity = perMinute;
        this.perNano = perMinute / NANOS_PER_MINUTE;
        this.level = capacity;
        this.refilledAt = now;
    }

    /** Zero when {@code amount} can be taken now, else the nanoseconds until it can. */
    long nanosUntil(long amount, long now) {
        refill(now);
        double needed = Math.min(amount, capacity) - level;
        return needed <= 0 ? 0 : (long) Math.ceil(needed / perNano);
    }

    void take(long amount, long now) {
        refill(now);
        level -= amount;
    }

    /** Puts back (or, negative, takes more) once the real size of a request is known. */
    void adjust(long amount, long now) {
        refill(now);
        level = Math.min(capacity, level + amount);
    }

    double level(long now) {
        refill(now);
        return level;
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            level = Math.min(capacity, level + elapsed * perNano);
            refilledAt = now;
        }
    }
}
