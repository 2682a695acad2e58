package dev.lingo.vm.batch;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Sends requests for one endpoint and model as batch jobs and waits for them (minutes to hours). */
public interface BatchSender {

    /**
     * @param items distinct requests for one model
     * @param early  told at once of outcomes known before the job ends (e.g. requests the budget
     *               refused), so their opcodes need not wait hours for it
     * @return an outcome for every item, by {@code key().hash()}
     */
    Map<String, BatchOutcome> send(List<BatchItem> items, BiConsumer<String, BatchOutcome> early);
}
