package dev.lingo.vm.batch.openai;

import dev.lingo.vm.batch.BatchCollector;
import dev.lingo.vm.batch.BatchSender;
import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.Scheduler;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Batch mode of one run: the collector that holds requests back, and one batch runner per OpenAI
 * endpoint, sharing the run's answer cache, trace, budget and progress, and a journal in the cache folder.
 */
public final class OpenAiBatchMode implements AutoCloseable {

    private final BatchCollector collector;
    private final BatchJournal journal;
    private final AnswerCache cache;
    private final PriceTable prices;
    private final TraceSink trace;
    private final BatchApiSettings settings;
    private final Scheduler scheduler;
    private final Map<String, Runner> runners = new ConcurrentHashMap<>();

    private record Runner(OpenAiBatchRunner runner, OpenAiProvider chat, BatchApiClient api) {
    }

    /**
     * @param journalDirectory where unfinished jobs are noted, e.g. {@code <cache folder>/batches}
     * @param scheduler        the run's scheduler: jobs are held against its budget and shown in its progress
     */
    public OpenAiBatchMode(BatchApiSettings settings, Path journalDirectory, AnswerCache cache, PriceTable prices, TraceSink trace,
                           Scheduler scheduler) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.collector = new BatchCollector(settings.maxQueued(), settings.linger());
        this.journal = new BatchJournal(journalDirectory);
        this.cache = cache;
        this.prices = prices;
        this.trace = trace;
    }

    public BatchCollector collector() {
        return collector;
    }

    /**
     * The runner for an endpoint.
     *
     * @param identity who answers, as in the request keys
     * @param endpoint where jobs are sent, with its key
     */
    public BatchSender sender(String identity, Endpoint endpoint) {
        return runners.computeIfAbsent(identity, id -> {
            OpenAiProvider chat = new OpenAiProvider(endpoint);
            BatchApiClient api = new BatchApiClient(chat.name(), endpoint);
            return new Runner(new OpenAiBatchRunner(id, chat, api, journal, cache, prices, trace, settings.poll(), scheduler), chat, api);
        }).runner();
    }

    /** Requests still held back fail; jobs under way stay in the journal for the next run. */
    @Override
    public void close() {
        collector.close();
        runners.values().forEach(r -> {
            r.api().close();
            r.chat().close();
        });
    }
}
