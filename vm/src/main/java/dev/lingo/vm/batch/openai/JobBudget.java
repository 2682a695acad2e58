package dev.lingo.vm.batch.openai;

import dev.lingo.vm.batch.BatchItem;
import dev.lingo.vm.batch.BatchOutcome;
import dev.lingo.vm.cache.CacheKey;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.BudgetHold;
import dev.lingo.vm.schedule.ModelBudgetException;
import dev.lingo.vm.schedule.Scheduler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one batch job holds of the run's budget. A new job reserves each request before it is
 * uploaded, as a normal call does (at the batch price); a request that would pass a limit stays out
 * of the job and fails with the budget's error. Each line's real usage replaces its reservation when
 * the results come back; a job that fails as a whole gives the rest back. A job a stopped run
 * started was paid for then: its lines are counted as they come back, never refused.
 */
final class JobBudget {

    private final Scheduler scheduler;
    private final boolean paidEarlier;
    private final Map<String, BudgetHold> holds = new HashMap<>();

    private JobBudget(Scheduler scheduler, boolean paidEarlier) {
        this.scheduler = scheduler;
        this.paidEarlier = paidEarlier;
    }

    /** A job from the journal, re-attached. */
    static JobBudget paidEarlier(Scheduler scheduler) {
        return new JobBudget(scheduler, true);
    }

    /** Reserves {@code items} for a new job; each one refused gets its failure in {@code refused}, by key hash. */
    static JobBudget reserve(Scheduler scheduler, OpenAiProvider chat, List<BatchItem> items, Map<String, BatchOutcome> refused) {
        JobBudget budget = new JobBudget(scheduler, false);
        for (BatchItem item : items) {
            try {
                budget.holds.put(item.key().hash(), scheduler.reserve(chat.name(), item.request(),
                        chat.schemaFor(item.request().type()), OpenAiBatchRunner.BATCH_PRICE_FACTOR));
            } catch (ModelBudgetException e) {
                refused.put(item.key().hash(), new BatchOutcome.Failed(e));
            }
        }
        return budget;
    }

    /** The items the budget let into the job. */
    List<BatchItem> admitted(List<BatchItem> items) {
        return items.stream().filter(i -> holds.containsKey(i.key().hash())).toList();
    }

    /** One line of the job came back; zero usage when it failed or is missing. */
    synchronized void spent(CacheKey key, Usage usage, double cost) {
        if (paidEarlier) {
            scheduler.charge(usage, cost);
            return;
        }
        BudgetHold hold = holds.remove(key.hash());
        if (hold != null) {
            hold.settle(usage, cost);
        }
    }

    /** Gives back what no line settled: the job was not sent, failed as a whole, or is no longer followed. */
    synchronized void release() {
        holds.values().forEach(BudgetHold::cancel);
        holds.clear();
    }
}
