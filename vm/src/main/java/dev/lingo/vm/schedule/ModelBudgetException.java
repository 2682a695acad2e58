package dev.lingo.vm.schedule;

import dev.lingo.vm.ModelCallException;

/**
 * The next request would pass the run's budget, so it was not sent. Raised before the limit is
 * passed, never after: what was spent stays within the budget (up to the error of the estimate).
 */
public final class ModelBudgetException extends ModelCallException {

    /** Which limit stopped the request. */
    public enum Limit { COST, CALLS, TOKENS }

    private final Limit limit;

    public ModelBudgetException(Limit limit, String message) {
        super(message, null);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }

    @Override
    public String kind() {
        return "ModelBudgetError";
    }
}
