package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.StructuredSchema;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request sent outside the scheduler (a line of a Batch API job) holding its estimated share of
 * the run's budget until its real usage is known, as a scheduled call does. Only the first settle
 * or cancel counts, so whoever gives back what is left need not know what was settled.
 */
public final class BudgetHold {

    private final Scheduler scheduler;
    private final BudgetGuard.Reservation reservation;
    private final String model;
    private final ModelRequest request;
    private final StructuredSchema schema;
    private final AtomicBoolean open = new AtomicBoolean(true);

    BudgetHold(Scheduler scheduler, BudgetGuard.Reservation reservation, String model, ModelRequest request, StructuredSchema schema) {
        this.scheduler = scheduler;
        this.reservation = reservation;
        this.model = model;
        this.request = request;
        this.schema = schema;
    }

    /**
     * The request came back: its real usage replaces the estimate. One that failed (zero usage) was not
     * billed, so it gives its share back like {@link #cancel}.
     */
    public void settle(Usage usage, double cost) {
        if (usage.inputTokens() + usage.outputTokens() == 0 && cost == 0) {
            cancel();
        } else if (open.compareAndSet(true, false)) {
            scheduler.budgetGuard().settle(reservation, usage, cost);
            scheduler.estimator().observe(model, request, schema, usage);
        }
    }

    /** The request was not sent, or its job failed as a whole (and is not billed). */
    public void cancel() {
        if (open.compareAndSet(true, false)) {
            scheduler.budgetGuard().cancel(reservation);
        }
    }
}
