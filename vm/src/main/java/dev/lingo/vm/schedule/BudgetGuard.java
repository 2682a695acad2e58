package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.Usage;
import java.util.Locale;

/**
 * Enforces a {@link RunBudget} before every request: what was spent, plus what requests in flight
 * are expected to spend, plus this request's estimate, must stay within each limit. Requests in
 * flight hold a reservation that is replaced by their real usage when they return. Thread-safe.
 */
final class BudgetGuard {

    private volatile RunBudget budget;
    private long calls;
    private long tokens;
    private double cost;
    private long reservedTokens;
    private double reservedCost;

    BudgetGuard(RunBudget budget) {
        this.budget = budget;
    }

    void set(RunBudget newBudget) {
        this.budget = newBudget;
    }

    RunBudget budget() {
        return budget;
    }

    /** Holds the estimate for one request, or throws if it would pass a limit. */
    synchronized Reservation reserve(String model, TokenEstimate estimate, double estimatedCost) {
        RunBudget b = budget;
        if (b.maxCalls() != null && calls + 1 > b.maxCalls()) {
            throw new ModelBudgetException(ModelBudgetException.Limit.CALLS, "Not calling " + model + ": the run's budget of "
                    + b.maxCalls() + (b.maxCalls() == 1 ? " model call" : " model calls") + " is used up (raise it with --max-calls"
                    + " or budget.maxCalls in lingo.json)");
        }
        if (b.maxTokens() != null && tokens + reservedTokens + estimate.total() > b.maxTokens()) {
            throw new ModelBudgetException(ModelBudgetException.Limit.TOKENS, String.format(Locale.ROOT,
                    "Not calling %s: about %d more tokens would pass the run's budget of %d tokens (%d used, %d expected"
                            + " by calls in flight; raise it with --max-tokens or budget.maxTokens in lingo.json)",
                    model, estimate.total(), b.maxTokens(), tokens, reservedTokens));
        }
        if (b.maxCost() != null && cost + reservedCost + estimatedCost > b.maxCost()) {
            throw new ModelBudgetException(ModelBudgetException.Limit.COST, String.format(Locale.ROOT,
                    "Not calling %s: about $%.6f more would pass the run's budget of $%.6f ($%.6f spent, $%.6f expected"
                            + " by calls in flight; raise it with --max-cost or budget.maxCost in lingo.json)",
                    model, estimatedCost, b.maxCost(), cost, reservedCost));
        }
        calls++;
        reservedTokens += estimate.total();
        reservedCost += estimatedCost;
        return new Reservation(estimate.total(), estimatedCost);
    }

    /** The request was not sent after all. */
    synchronized void cancel(Reservation r) {
        calls--;
        unreserve(r);
    }

    /** The request returned (or failed, with zero usage). */
    synchronized void settle(Reservation r, Usage usage, double actualCost) {
        unreserve(r);
        tokens += usage.inputTokens() + usage.outputTokens();
        cost += actualCost;
    }

    /** A request already paid for (a job a stopped run started): counted, never refused. */
    synchronized void charge(Usage usage, double actualCost) {
        calls++;
        tokens += usage.inputTokens() + usage.outputTokens();
        cost += actualCost;
    }

    synchronized long calls() {
        return calls;
    }

    private void unreserve(Reservation r) {
        reservedTokens -= r.tokens();
        reservedCost -= r.cost();
    }

    record Reservation(long tokens, double cost) {
    }
}
