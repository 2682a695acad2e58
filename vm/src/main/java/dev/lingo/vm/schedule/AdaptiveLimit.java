package dev.lingo.vm.schedule;

/**
 * The concurrency an endpoint actually tolerates, learned from its 429s. Requests that were out
 * together and came back 429 form an episode: if at most {@code peak} were out at once and
 * {@code r} of them were turned away, the server holds about {@code peak - r}, and the limit drops
 * there. (Arrival order at the server and the moment a 429 is read vary; the peak and the count of
 * rejections do not, so this lands on a server's concurrency cap rather than below it.) After a
 * quiet spell the limit doubles again, up to the configured maximum: probing costs a pause, so it
 * happens rarely. A limit the server has recently proven it holds (a whole limit's worth of requests
 * answered while the limit was full, with no 429 between) is not lowered by a 429: a cap above it
 * would have turned one of them away, so 429s that come at random (a rate limiter near its limit,
 * not a cap) cannot wear the limit down to one. The proof lapses after a quiet spell's length. Not thread-safe: {@link AdmissionControl}'s lock guards it.
 */
final class AdaptiveLimit {

    static final long QUIET_NANOS = 30_000_000_000L;

    private final int configured;
    private int current;
    private long lastThrottle;
    private long episodeLastAdmission = -1;
    private int episodePeak;
    private int episodeRejections;
    private int answeredAtLimit;
    private int provenLevel;
    private long provenAt;

    /** @param configured the configured maximum, 0 for none */
    AdaptiveLimit(int configured) {
        this.configured = configured == 0 ? Integer.MAX_VALUE : configured;
        this.current = this.configured;
    }

    int current(long now) {
        if (current < configured && now - lastThrottle >= QUIET_NANOS) {
            current = (int) Math.min(configured, 2L * current);
            lastThrottle = now;
        }
        return current;
    }

    /**
     * A 429 came back for {@code flight}; {@code admissions} is the number of requests admitted so
     * far. A flight admitted after the current episode began starts a new one.
     */
    void onRateLimited(Flight flight, long admissions, long now) {
        if (flight.admission > episodeLastAdmission) {
            episodeLastAdmission = admissions;
            episodePeak = flight.peak;
            episodeRejections = 1;
        } else {
            episodePeak = Math.max(episodePeak, flight.peak);
            episodeRejections++;
        }
        int lowered = Math.max(1, Math.min(current, episodePeak - episodeRejections));
        if (now - provenAt < QUIET_NANOS) {
            lowered = Math.max(lowered, Math.min(current, provenLevel));
        }
        current = lowered;
        lastThrottle = now;
        answeredAtLimit = 0;
    }

    /** {@code flight} was answered: once {@code current} were, each with the limit full, the server has proven it holds the limit. */
    void onAnswered(Flight flight, long now) {
        if (flight.peak >= current && ++answeredAtLimit >= current) {
            provenLevel = current;
            provenAt = now;
            answeredAtLimit = 0;
        }
    }

    boolean limited() {
        return current != Integer.MAX_VALUE;
    }
}
