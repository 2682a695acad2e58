package dev.lingo.vm.batch;

import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.cache.CachingCaller;
import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.ProgressTracker;
import dev.lingo.vm.schedule.RetryPolicy;
import dev.lingo.vm.schedule.ScheduledProvider;
import dev.lingo.vm.schedule.Scheduler;
import dev.lingo.vm.schedule.SchedulerSettings;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.RunLedger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A packer in front of a scheduled OpenAI provider and its fake server, asked the way the machine
 * asks: every opcode on its own virtual thread, cache first (when there is one), then the packer,
 * whose fallback is a normal typed call.
 */
final class PackingRig implements AutoCloseable {

    static final String MODEL = "gpt-4o-mini";

    final FakeOpenAiServer server;
    final RunLedger ledger = new RunLedger();
    final PriceTable prices = PriceTable.builtIn();
    final ScheduledProvider provider;
    final ModelCaller caller;
    final PromptPacker packer;
    private final CachingCaller cache;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    PackingRig(FakeOpenAiServer server, PackingSettings settings, AnswerCache answers) {
        this.server = server;
        // two attempts with millisecond backoff: failures show quickly
        SchedulerSettings fast = SchedulerSettings.DEFAULTS.withRetry(new RetryPolicy(2, 2, 2, Duration.ofMillis(1),
                Duration.ofMillis(4), Duration.ofSeconds(1)));
        Scheduler scheduler = new Scheduler(fast, prices, new ProgressTracker(), notice -> { });
        provider = scheduler.provider(List.of(new Scheduler.Target("openai", server.apiBase(), "openai " + server.apiBase(),
                new OpenAiProvider(Endpoint.of(server.apiBase().toString())))));
        caller = new ModelCaller(provider, prices, ledger);
        packer = new PromptPacker(settings, prices, ledger);
        cache = answers == null ? null : new CachingCaller(answers, null, null, prices);
    }

    PackingRig(FakeOpenAiServer server, PackingSettings settings) {
        this(server, settings, null);
    }

    /** Whether requests are rendered with the answer's schema in the prompt (as for a provider that needs it). */
    volatile boolean schemaInPrompt = true;

    TypedAnswer ask(Opcode op) {
        ModelRequest request = ModelRequest.forOpcode(MODEL, op, null, null, null, schemaInPrompt);
        if (cache != null) {
            return cache.call(provider.identity(), provider, request, () -> model(request)).answer();
        }
        return model(request);
    }

    private TypedAnswer model(ModelRequest request) {
        if (packer.accepts("openai", request)) {
            return packer.ask(provider.identity(), provider, request, () -> caller.call(request));
        }
        return caller.call(request);
    }

    /** All at once, each on its own thread, as a map submits them; answers in the order asked. */
    List<TypedAnswer> askAll(List<Opcode> ops) {
        List<CompletableFuture<TypedAnswer>> futures = ops.stream()
                .map(op -> CompletableFuture.supplyAsync(() -> ask(op), threads)).toList();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    List<RecordedRequest> chatRequests() {
        return server.requests().stream().filter(r -> r.path().equals("/v1/chat/completions")).toList();
    }

    @Override
    public void close() {
        threads.shutdownNow();
        provider.close();
    }
}
