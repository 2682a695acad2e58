package dev.lingo.vm.batch.openai;

import dev.lingo.vm.answer.AnswerReader;
import dev.lingo.vm.answer.IncompleteAnswerException;
import dev.lingo.vm.answer.ValidationResult;
import dev.lingo.vm.batch.BatchItem;
import dev.lingo.vm.batch.BatchOutcome;
import dev.lingo.vm.batch.BatchSender;
import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.cache.CacheKey;
import dev.lingo.vm.cache.CachedAnswer;
import dev.lingo.vm.cache.ConfidenceEnvelope;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.Scheduler;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.trace.CallRecord;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Answers requests for one OpenAI endpoint through the Batch API. Requests already in an
 * unfinished job of the journal (a run that was killed while it waited) re-attach to it; the rest
 * go in one new job. Each answer is read and checked like a normal call's, traced, and stored in
 * the answer cache before the job leaves the journal, so nothing paid for is lost: answers for
 * requests this run no longer asks are stored too (they are checked again on a hit). A line that
 * failed, is missing or does not fit is handed back to be asked the normal way. New requests are
 * held against the run's budget ({@link JobBudget}), and count as in flight while their job runs.
 */
public final class OpenAiBatchRunner implements BatchSender {

    /** OpenAI bills Batch API tokens at half the synchronous price. */
    public static final double BATCH_PRICE_FACTOR = 0.5;

    private final String endpoint;
    private final OpenAiProvider chat;
    private final BatchJournal journal;
    private final BatchJobs jobs;
    private final AnswerCache cache;
    private final PriceTable prices;
    private final TraceSink trace;
    private final Scheduler scheduler;

    /**
     * @param endpoint who answers, as in the request keys (e.g. {@code openai https://api.openai.com/v1})
     * @param chat      the same endpoint's Chat Completions client: it writes each line's body and reads each answer
     * @param scheduler holds the run's budget, which each new line is reserved against, and its progress
     */
    public OpenAiBatchRunner(String endpoint, OpenAiProvider chat, BatchApiClient api, BatchJournal journal, AnswerCache cache,
                             PriceTable prices, TraceSink trace, PollSchedule poll, Scheduler scheduler) {
        this.endpoint = endpoint;
        this.chat = chat;
        this.journal = journal;
        this.jobs = new BatchJobs(endpoint, chat, api, journal, poll);
        this.cache = cache;
        this.prices = prices;
        this.trace = trace;
        this.scheduler = scheduler;
    }

    @Override
    public Map<String, BatchOutcome> send(List<BatchItem> items, BiConsumer<String, BatchOutcome> early) {
        String model = items.getFirst().request().model();
        Map<String, BatchItem> waiting = new LinkedHashMap<>();
        items.forEach(i -> waiting.putIfAbsent(i.key().hash(), i));
        Set<String> fresh = new LinkedHashSet<>(waiting.keySet());
        Map<BatchJournal.Entry, JobBudget> toFollow = new LinkedHashMap<>();
        for (BatchJournal.Entry e : journal.unfinished(endpoint, model)) {
            boolean overlaps = false;
            for (CacheKey k : e.keys()) {
                overlaps |= fresh.remove(k.hash());
            }
            if (overlaps) {
                toFollow.put(e, JobBudget.paidEarlier(scheduler));
            }
        }
        Map<String, BatchOutcome> outcomes = new HashMap<>();
        List<BatchItem> asked = fresh.stream().map(waiting::get).toList();
        JobBudget budget = JobBudget.reserve(scheduler, chat, asked, outcomes);
        outcomes.forEach(early); // refused by the budget: they need not wait for the job
        int underWay = waiting.size() - outcomes.size();
        scheduler.progress().inFlight(underWay);
        try {
            List<BatchItem> admitted = budget.admitted(asked);
            if (!admitted.isEmpty()) {
                toFollow.put(jobs.start(model, admitted), budget);
            }
            toFollow.forEach((e, b) -> outcomes.putAll(follow(e.batchId() == null ? jobs.recover(e) : e, b, waiting)));
        } finally {
            budget.release();
            scheduler.progress().inFlight(-underWay);
        }
        return outcomes;
    }

    private Map<String, BatchOutcome> follow(BatchJournal.Entry job, JobBudget budget, Map<String, BatchItem> waiting) {
        Map<String, BatchOutcome> outcomes = new HashMap<>();
        BatchStatus status;
        try {
            status = jobs.await(job);
        } catch (BatchJobFailedException e) {
            job.keys().stream().filter(k -> waiting.containsKey(k.hash())).forEach(k -> outcomes.put(k.hash(), new BatchOutcome.Failed(e)));
            return outcomes;
        }
        if (status.failedWhole()) {
            journal.finish(job); // a rejected input is not billed
            var failure = new BatchJobFailedException(chat.name(), status.id(), status.errors().isEmpty() ? "status failed" : status.errors(), null);
            job.keys().stream().filter(k -> waiting.containsKey(k.hash())).forEach(k -> outcomes.put(k.hash(), new BatchOutcome.Failed(failure)));
            return outcomes;
        }
        Map<String, BatchLines.Result> lines = jobs.results(status);
        List<Runnable> stores = new ArrayList<>();
        for (CacheKey key : job.keys()) {
            BatchOutcome o = absorb(key, job.model(), lines.get(key.hash()), waiting.get(key.hash()), stores, budget);
            if (o != null) {
                outcomes.put(key.hash(), o);
            }
        }
        GroupedStores.run(stores); // concurrently: the cache commits them together
        journal.finish(job);
        return outcomes;
    }

    /** One line: its outcome for a waiting item (null when no item of this run waits for it), its store queued. */
    private BatchOutcome absorb(CacheKey key, String model, BatchLines.Result line, BatchItem item, List<Runnable> stores,
                                JobBudget budget) {
        if (line == null || !line.succeeded()) {
            budget.spent(key, Usage.ZERO, 0);
            return item == null ? null : new BatchOutcome.AskAgain(line == null ? "no line for it in the job's files" : line.error());
        }
        ModelResponse response;
        try {
            response = chat.readResponse(model, line.body(), Duration.ZERO);
        } catch (ProviderException e) { // a refusal or an unreadable body
            budget.spent(key, Usage.ZERO, 0);
            return item == null ? null : new BatchOutcome.AskAgain(e.getMessage());
        }
        Double cost = batchCost(model, response.usage());
        budget.spent(key, response.usage(), cost == null ? 0 : cost);
        IncompleteAnswerException cut = IncompleteAnswerException.of(response);
        if (cut != null) { // never cached nor read: asked alone, it fails as its own error if it is cut again
            return item == null ? null : new BatchOutcome.AskAgain(cut.getMessage());
        }
        if (item == null) {
            CachedAnswer raw = new CachedAnswer(key.provider(), key.model(), response.text(), response.usage(), Instant.now(), key.prompt());
            stores.add(() -> cache.store(key, raw));
            return null;
        }
        StructuredSchema schema = chat.schemaFor(item.request().type());
        ValidationResult result = AnswerReader.read(response.text(), item.request().type(), schema);
        CallRecord record = new CallRecord(Instant.now(), chat.name(), model, item.request().messages(),
                schema == null ? null : schema.hash(), response.text(), result.value(), response.usage(), cost, Duration.ZERO, 0,
                result.ok() ? null : "the batch answer does not fit: " + result.errors().getFirst().message() + "; asked again",
                response.finishReason(), response.confidence());
        trace.record(record);
        if (!result.ok()) {
            return new BatchOutcome.AskAgain(record.error());
        }
        CachedAnswer plain = CachedAnswer.of(item.key(), record, Instant.now());
        String stored = ConfidenceEnvelope.wrap(item.request(), plain.answer(), response.confidence());
        stores.add(() -> cache.store(item.key(), new CachedAnswer(plain.provider(), plain.model(), stored, plain.usage(),
                        plain.createdAt(), plain.prompt())));
        return new BatchOutcome.Answered(new TypedAnswer(result.value(), record));
    }

    /** What OpenAI bills for a batch line of this usage, or null when the model has no price. */
    private Double batchCost(String model, Usage usage) {
        Double cost = prices.cost(chat.name(), model, usage);
        return cost == null ? null : cost * BATCH_PRICE_FACTOR;
    }
}
