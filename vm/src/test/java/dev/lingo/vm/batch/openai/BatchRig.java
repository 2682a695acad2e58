package dev.lingo.vm.batch.openai;

import dev.lingo.vm.batch.BatchCollector;
import dev.lingo.vm.batch.BatchItem;
import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.cache.CacheKey;
import dev.lingo.vm.cache.CacheSettings;
import dev.lingo.vm.cache.RequestFingerprint;
import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.ProgressTracker;
import dev.lingo.vm.schedule.Scheduler;
import dev.lingo.vm.schedule.SchedulerSettings;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.RunLedger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One "run" in batch mode against a fake OpenAI server, wired as the machine wires it: a collector
 * in front of a batch runner, the answer cache and journal in {@code dir}, and a normal typed call
 * for what a job does not answer. Two rigs over one folder are two runs of the same program.
 */
final class BatchRig implements AutoCloseable {

    static final String MODEL = "gpt-4o-mini";
    static final PollSchedule FAST = new PollSchedule(Duration.ofMillis(1), Duration.ofMillis(10), 2, 3);

    final RunLedger ledger = new RunLedger();
    final AnswerCache cache;
    final BatchJournal journal;
    final BatchCollector collector;
    final OpenAiBatchRunner runner;
    final String endpoint;
    private final OpenAiProvider chat;
    private final BatchApiClient api;
    private final ModelCaller normal;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    BatchRig(FakeOpenAiServer server, Path dir, int maxQueued) {
        PriceTable prices = PriceTable.builtIn();
        endpoint = "openai " + server.apiBase();
        chat = new OpenAiProvider(Endpoint.of(server.apiBase().toString()));
        api = new BatchApiClient("openai", Endpoint.of(server.apiBase().toString()));
        cache = AnswerCache.open(CacheSettings.in(dir), prices);
        journal = new BatchJournal(dir.resolve("batches"));
        collector = new BatchCollector(maxQueued, Duration.ZERO);
        Scheduler scheduler = new Scheduler(SchedulerSettings.DEFAULTS, prices, new ProgressTracker(), n -> { });
        runner = new OpenAiBatchRunner(endpoint, chat, api, journal, cache, prices, ledger, FAST, scheduler);
        normal = new ModelCaller(chat, prices, ledger);
    }

    static ModelRequest request(Opcode op) {
        return ModelRequest.forOpcode(MODEL, op, null, null, null);
    }

    CacheKey key(ModelRequest request) {
        StructuredSchema schema = chat.schemaFor(request.type());
        return RequestFingerprint.of(endpoint, "openai", request, schema == null ? null : schema.hash());
    }

    /** The JSON Lines a run uploads for these opcodes. */
    String inputFile(List<Opcode> ops) {
        return ops.stream().map(op -> BatchLines.input(key(request(op)).hash(), chat.requestBody(request(op))))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    /** Submits each opcode as the machine does: announced here, run on its own thread; nothing is sent until a flush. */
    List<CompletableFuture<TypedAnswer>> submit(List<Opcode> ops) {
        return ops.stream().map(op -> {
            collector.expect();
            ModelRequest request = request(op);
            return CompletableFuture.supplyAsync(() -> collector.arriving(() -> collector.ask(endpoint + " " + MODEL, runner,
                    new BatchItem(key(request), request), () -> normal.call(request))), threads);
        }).toList();
    }

    @Override
    public void close() {
        collector.close();
        threads.shutdownNow();
        cache.close();
        api.close();
        chat.close();
    }
}
