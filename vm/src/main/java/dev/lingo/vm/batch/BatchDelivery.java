package dev.lingo.vm.batch;

import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.batch.BatchCollector.Group;
import dev.lingo.vm.batch.BatchCollector.Waiter;
import dev.lingo.vm.provider.ProviderConnectionException;
import dev.lingo.vm.schedule.CancelledBeforeSendingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Hands a group's requests to its sender (each distinct request once) and each outcome back to every opcode waiting for it. */
final class BatchDelivery {

    private BatchDelivery() {
    }

    static void deliver(Group held) {
        Group group = stillWanted(held);
        if (group.waiters().isEmpty()) {
            return;
        }
        Map<String, BatchItem> distinct = new LinkedHashMap<>();
        group.waiters().forEach(w -> distinct.putIfAbsent(w.item().key().hash(), w.item()));
        try {
            Map<String, BatchOutcome> outcomes = group.sender().send(List.copyOf(distinct.values()), (hash, early) -> group.waiters()
                    .stream().filter(w -> w.item().key().hash().equals(hash)).forEach(w -> w.outcome().complete(early)));
            for (Waiter w : group.waiters()) { // those told early keep their outcome
                w.outcome().complete(outcomes.getOrDefault(w.item().key().hash(), new BatchOutcome.AskAgain("no answer in the batch")));
            }
        } catch (ModelCallException e) {
            group.waiters().forEach(w -> w.outcome().complete(new BatchOutcome.Failed(e)));
        } catch (RuntimeException | Error e) {
            group.waiters().forEach(w -> w.outcome().completeExceptionally(e));
        }
    }

    /** The waiters still wanted, now marked sent; the cancelled ones fail at once and are left out of the job. */
    private static Group stillWanted(Group group) {
        List<Waiter> wanted = new ArrayList<>();
        for (Waiter w : group.waiters()) {
            if (w.guard().claim()) {
                wanted.add(w);
            } else {
                w.outcome().completeExceptionally(new CancelledBeforeSendingException());
            }
        }
        return new Group(group.sender(), wanted);
    }

    /** The outcome for one opcode; an interrupted wait (the run is closing) is a connection failure. */
    static BatchOutcome await(Waiter waiter) {
        try {
            return waiter.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderConnectionException(waiter.item().key().provider(), "interrupted while waiting for a batch job", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
