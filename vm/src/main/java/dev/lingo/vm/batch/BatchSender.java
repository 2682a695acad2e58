package dev.lingo.vm.batch;

import java.util.List;
import java.util.Map;

/** Sends requests for one endpoint and model as batch jobs and waits for them (minutes to hours). */
public interface BatchSender {

    /**
     * @param items distinct requests for one model
     * @return an outcome for every item, by {@code key().hash()}
     */
    Map<String, BatchOutcome> send(List<BatchItem> items);
}
