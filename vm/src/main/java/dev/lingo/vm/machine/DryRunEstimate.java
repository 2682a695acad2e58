package dev.lingo.vm.machine;

import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.schedule.TokenEstimate;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.provider.Usage;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a dry run would have spent: for each model the script would call, the number of calls and
 * the estimated tokens and cost; answers the cache already holds cost nothing and are counted
 * apart. The other answers of a dry run come from the offline stand-in, so a program whose control
 * flow depends on answers may take another path with a real model.
 */
final class DryRunEstimate {

    private record Line(long calls, long tokensIn, long tokensOut, double cost, long unpriced) {
        Line plus(TokenEstimate e, Double c) {
            return new Line(calls + 1, tokensIn + e.input(), tokensOut + e.output(), cost + (c == null ? 0 : c),
                            unpriced + (c == null ? 1 : 0));
        }
    }

    private final PriceTable prices;
    private final Map<String, Line> lines = new TreeMap<>();
    private long fromCache;

    DryRunEstimate(PriceTable prices) {
        this.prices = prices;
    }

    synchronized void add(ModelSpec spec, ModelRequest request, TokenEstimate estimate) {
        Double cost = prices.cost(spec.provider(), spec.model(), new Usage(estimate.input(), estimate.output(), 0, 0));
        lines.merge(spec.toString(), new Line(0, 0, 0, 0, 0).plus(estimate, cost), (a, b) ->
                        new Line(a.calls + b.calls, a.tokensIn + b.tokensIn, a.tokensOut + b.tokensOut, a.cost + b.cost, a.unpriced + b.unpriced));
    }

    /** An answer the cache holds: a real run would not call for it either. */
    synchronized void answeredFromCache() {
        fromCache++;
    }

    synchronized String summary() {
        String cached = fromCache == 0 ? "" : fromCache + (fromCache == 1 ? " answer" : " answers") + " from the answer cache";
        if (lines.isEmpty()) {
            return "dry run: no model calls" + (cached.isEmpty() ? "" : "; " + cached);
        }
        StringBuilder s = new StringBuilder("dry run (no model was called; ")
                        .append(cached.isEmpty() ? "" : cached + ", the other ")
                        .append("answers came from the offline stand-in):");
        lines.forEach((model, l) -> s.append(String.format(Locale.ROOT, "%n  %s: %d call%s, about %d tokens in and %d out, about $%.4f%s",
                        model, l.calls, l.calls == 1 ? "" : "s", l.tokensIn, l.tokensOut, l.cost,
                        l.unpriced > 0 ? " (no price known for " + l.unpriced + ")" : "")));
        return s.toString();
    }
}
