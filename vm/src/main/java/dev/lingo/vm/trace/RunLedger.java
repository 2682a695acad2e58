package dev.lingo.vm.trace;

import java.util.Locale;

/** Sums the calls of a run for the one-line summary printed at its end. Thread-safe. */
public final class RunLedger implements TraceSink {

    private long calls;
    private long failures;
    private long retries;
    private long tokensIn;
    private long tokensOut;
    private long tokensCached;
    private double cost;
    private long unpriced;
    private long latencyNanos;

    @Override
    public synchronized void record(CallRecord r) {
        calls++;
        failures += r.succeeded() ? 0 : 1;
        retries += r.retries();
        tokensIn += r.usage().inputTokens();
        tokensOut += r.usage().outputTokens();
        tokensCached += r.usage().cachedInputTokens();
        if (r.cost() == null) {
            unpriced++;
        } else {
            cost += r.cost();
        }
        latencyNanos += r.latency().toNanos();
    }

    public synchronized long calls() {
        return calls;
    }

    public synchronized double cost() {
        return cost;
    }

    /** The sums so far, taken together. */
    public synchronized Totals totals() {
        return new Totals(calls, failures, tokensIn, tokensOut, cost);
    }

    /** Model calls made (failed ones included), tokens over all attempts, US dollars of priced calls. */
    public record Totals(long calls, long failed, long tokensIn, long tokensOut, double cost) {
        public static final Totals NONE = new Totals(0, 0, 0, 0, 0);
    }

    /** E.g. {@code 3 model calls (1 failed, 2 re-asks), 1200 tokens in (200 cached), 80 out, $0.000420, 2.31 s waiting}. */
    public synchronized String summary() {
        StringBuilder s = new StringBuilder().append(calls).append(calls == 1 ? " model call" : " model calls");
        if (failures > 0 || retries > 0) {
            s.append(" (").append(failures).append(" failed, ").append(retries).append(retries == 1 ? " re-ask)" : " re-asks)");
        }
        s.append(", ").append(tokensIn).append(" tokens in");
        if (tokensCached > 0) {
            s.append(" (").append(tokensCached).append(" cached)");
        }
        s.append(", ").append(tokensOut).append(" out, ");
        s.append(String.format(Locale.ROOT, "$%.6f", cost));
        if (unpriced > 0) {
            s.append(" + ").append(unpriced).append(unpriced == 1 ? " unpriced call" : " unpriced calls");
        }
        s.append(String.format(Locale.ROOT, ", %.2f s waiting", latencyNanos / 1e9));
        return s.toString();
    }
}
