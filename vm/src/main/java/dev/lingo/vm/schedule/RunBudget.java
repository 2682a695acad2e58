package dev.lingo.vm.schedule;

/**
 * What one run may spend on models; null means no limit. Calls count every request a provider
 * answered (and so billed): re-asks included; requests it turned away (a 429, a server error, a lost
 * connection), answers shared with an identical request or taken from the cache excluded. The
 * budget goes to calls in the program's order (see {@link BudgetGuard}).
 *
 * @param maxCost   US dollars, by the price table (unpriced models count as free)
 * @param maxCalls  provider requests
 * @param maxTokens prompt plus answer tokens
 */
public record RunBudget(Double maxCost, Long maxCalls, Long maxTokens) {

    public static final RunBudget UNLIMITED = new RunBudget(null, null, null);

    public RunBudget {
        if (maxCost != null && !(maxCost >= 0) || maxCalls != null && maxCalls < 0 || maxTokens != null && maxTokens < 0) {
            throw new IllegalArgumentException("a budget cannot be negative");
        }
    }

    public boolean unlimited() {
        return maxCost == null && maxCalls == null && maxTokens == null;
    }

    /** This budget with each of {@code overrides}' limits in place (e.g. command-line flags over lingo.json). */
    public RunBudget with(RunBudget overrides) {
        return new RunBudget(overrides.maxCost != null ? overrides.maxCost : maxCost,
                overrides.maxCalls != null ? overrides.maxCalls : maxCalls,
                overrides.maxTokens != null ? overrides.maxTokens : maxTokens);
    }
}
