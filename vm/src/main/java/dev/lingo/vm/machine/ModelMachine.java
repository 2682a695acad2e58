package dev.lingo.vm.machine;

import dev.lingo.vm.batch.BatchCollector;
import dev.lingo.vm.batch.PackingSettings;
import dev.lingo.vm.batch.PackingStats;
import dev.lingo.vm.batch.PromptPacker;
import dev.lingo.vm.batch.openai.BatchApiSettings;
import dev.lingo.vm.batch.openai.OpenAiBatchMode;
import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.cache.CacheLocation;
import dev.lingo.vm.cache.CacheMode;
import dev.lingo.vm.cache.CacheSettings;
import dev.lingo.vm.cache.CachingCaller;
import dev.lingo.vm.cache.RunRecording;
import dev.lingo.vm.cache.RunReplay;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.ModelDefaults.ProjectConfig;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.pipeline.BatchStage;
import dev.lingo.vm.pipeline.CacheStage;
import dev.lingo.vm.pipeline.CallPipeline;
import dev.lingo.vm.pipeline.ModelQuestion;
import dev.lingo.vm.pipeline.PackStage;
import dev.lingo.vm.pipeline.ReadStage;
import dev.lingo.vm.pipeline.ShareStage;
import dev.lingo.vm.schedule.EndpointStatus;
import dev.lingo.vm.schedule.ProgressTracker;
import dev.lingo.vm.schedule.RunBudget;
import dev.lingo.vm.schedule.RunProgress;
import dev.lingo.vm.schedule.Scheduler;
import dev.lingo.vm.schedule.SendGuard;
import dev.lingo.vm.trace.JsonLinesTraceWriter;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.RunLedger;
import dev.lingo.vm.trace.SecretRedactor;
import dev.lingo.vm.trace.TraceSink;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs LLM opcodes for one program run: picks the model (the script's, else the defaults), runs
 * each opcode on a virtual thread through the run's {@link Scheduler} (limits, retries, circuit
 * breakers, load balancing, budget), shares identical requests in flight, falls back along the
 * declared chain when a provider fails, and records every call in the run's ledger and, if asked,
 * a JSON Lines trace. Each model is asked through the run's {@link CallPipeline}, composed once here:
 * cache, sharing in flight, batch jobs, packing, then reading the answer from the scheduled provider.
 */
public final class ModelMachine implements AutoCloseable {

    /** How long closing waits for interrupted workers to fail their opcodes. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    /** The least {@link #awaitCapacity} lets wait unsent, whatever the endpoints' concurrency. */
    private static final int MIN_UNSENT_BOUND = 256;

    private final Map<String, String> env;
    private final ProjectConfig config;
    private final RunLedger ledger = new RunLedger();
    private final ProgressTracker progress = new ProgressTracker();
    private final OpenCalls open = new OpenCalls();
    private final List<TraceSink> sinks = new CopyOnWriteArrayList<>(List.of(ledger, progress));
    private final Scheduler scheduler;
    private final ProviderFactory providers;
    private final FallbackChain chains;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("lingo-model-", 0).factory());
    private final Consumer<String> notices;
    private final SecretRedactor secrets;
    private JsonLinesTraceWriter traceWriter;
    private final AnswerCache cache;
    private final RunRecording recording;
    private final RunReplay replay;
    private final DryRunEstimate dryRun;
    private final PackStage packing;
    private final BatchStage batching = new BatchStage();
    private final PriceTable prices;
    private final TraceSink trace;
    private final Path batchJournal;
    private OpenAiBatchMode batchMode;
    private volatile ModelSpec defaultModel;
    private final EmbeddingStats embeddings = new EmbeddingStats();
    private final Embedder embedder;
    private volatile boolean embedStandInShown;

    /** @param notices where one-line notices go (the CLI prints them on stderr) */
    public ModelMachine(Map<String, String> env, Path workingDirectory, Consumer<String> notices) {
        this(env, workingDirectory, notices, MachineOptions.DEFAULT);
    }

    /**
     * @param options the cache mode, recording or replay, and dry run of this run
     * @throws IllegalArgumentException when the recording or the replay file cannot be opened (a cache that cannot is a notice, and the run goes on without it)
     */
    public ModelMachine(Map<String, String> env, Path workingDirectory, Consumer<String> notices, MachineOptions options) {
        this.env = Map.copyOf(env);
        MachineAccess access = options.access();
        this.config = access.files() ? ProjectConfig.find(workingDirectory) : ProjectConfig.NONE; // lingo.json is a file
        PriceTable prices = config.prices() == null ? PriceTable.builtIn() : PriceTable.builtIn().with(PriceTable.fromJson(config.prices()));
        this.secrets = SecretRedactor.fromEnvironment(this.env); // and every key a provider is made with
        this.notices = line -> notices.accept(secrets.redact(line));
        this.scheduler = new Scheduler(config.scheduling(), prices, progress, this.notices);
        this.providers = new ProviderFactory(this.env, scheduler, config.scheduling().endpoints(), secrets, access);
        TraceSink trace = new TraceSink.FanOut(sinks); // sees sinks added later
        this.prices = prices;
        this.trace = trace;
        this.batchJournal = CacheLocation.resolve(this.env, workingDirectory).resolve("batches");
        try {
            this.replay = options.replayFrom() == null ? null : RunReplay.load(options.replayFrom());
            this.recording = options.recordTo() == null ? null : RunRecording.create(options.recordTo(), secrets);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot open " + (options.replayFrom() != null ? options.replayFrom()
                            : options.recordTo()) + ": " + e.getMessage(), e);
        }
        // Without file access there is no cache on disk: calls in flight are still shared.
        boolean noCache = replay != null || options.cacheMode() == CacheMode.NO_CACHE || !access.files();
        this.cache = noCache ? AnswerCache.disabled()
                        : AnswerCache.open(CacheSettings.fromEnvironment(this.env, workingDirectory).withMode(options.cacheMode()), prices, secrets, this.notices);
        this.dryRun = options.dryRun() ? new DryRunEstimate(prices) : null;
        CacheStage caching = new CacheStage(new CachingCaller(cache, recording, replay, prices), progress, trace);
        this.packing = new PackStage(new PromptPacker(config.packing().withEnvironment(this.env), prices, trace));
        CallPipeline pipeline = CallPipeline.builder().then(caching).then(new ShareStage(progress)).then(batching).then(packing)
                        .end(new ReadStage(prices, trace));
        this.chains = new FallbackChain(providers, pipeline, caching, dryRun, config.schemaInPrompt(), this.notices);
        this.embedder = new Embedder(providers, cache, prices, trace, embeddings, this.notices);
    }

    /**
     * Embeds {@code texts} with the first model of {@code chain} (the default embedding model when
     * empty), falling back along it; one vector per text, in order. Waits for the answer: the cache,
     * the scheduler's limits and retries apply as for opcodes, and the run's summary counts the texts.
     *
     * @throws dev.lingo.vm.provider.ProviderException when the last model of the chain fails
     */
    public Embeddings embed(List<ModelSpec> chain, List<String> texts) {
        if (dryRun != null || replay != null) { // neither may call a model, and recordings do not hold embeddings (yet)
            throw new IllegalStateException("embed calls an embedding model, which " + (dryRun != null ? "--dry-run" : "--replay")
                            + " does not do; run without it to embed");
        }
        List<ModelSpec> models = chain.isEmpty() ? List.of(defaultEmbeddingModel()) : List.copyOf(chain);
        try {
            return embedder.embed(models, texts);
        } catch (RuntimeException e) {
            // a server may echo a key into its error
            throw secrets.redact(e) instanceof RuntimeException r ? r : e;
        }
    }

    /** The model {@link #embed} asks when the script names none ({@link EmbeddingDefaults}). */
    public ModelSpec defaultEmbeddingModel() {
        ModelSpec chat = defaultModel();
        if (!embedStandInShown && EmbeddingDefaults.standsIn(env, chat)) {
            embedStandInShown = true;
            notices.accept("lingo: " + chat + " has no embeddings API, so embed and memory use the offline MiniLM;"
                            + " set LINGO_EMBED_MODEL (e.g. openai:text-embedding-3-small) to choose one.");
        }
        return EmbeddingDefaults.resolve(env, chat);
    }

    /** Appends every call of this run to {@code file} as JSON Lines (secrets redacted). */
    public synchronized void traceTo(Path file) throws IOException {
        traceWriter = JsonLinesTraceWriter.append(file, secrets);
        sinks.add(traceWriter);
    }

    /** Limits this run's spending; each given limit replaces lingo.json's {@code budget} entry. */
    public void budget(RunBudget overrides) {
        scheduler.budget(config.scheduling().budget().with(overrides));
    }

    /** Replaces lingo.json's {@code packing} settings for opcodes submitted from now on. */
    public void packing(PackingSettings settings) {
        packing.settings(settings);
    }

    public PackingStats packingStats() {
        return packing.stats();
    }

    /**
     * Batch mode ({@code --batch}): opcodes for OpenAI models are held back and sent as one Batch
     * API job (half price, answers within 24 hours) when the program first waits for an answer
     * ({@link #flush}) or when many are queued. Jobs under way are noted in the cache folder, so a
     * run stopped while it waits re-attaches to its job when started again.
     */
    public void useBatchApi(boolean on) {
        useBatchApi(on ? BatchApiSettings.DEFAULTS : null);
    }

    /** Batch mode with these settings; null turns it off (requests already held back still wait for their job). */
    public synchronized void useBatchApi(BatchApiSettings settings) {
        if (batchMode != null) {
            batchMode.collector().flush(); // what the old mode holds back must not wait for a flush that never comes
        }
        batchMode = settings == null ? null : new OpenAiBatchMode(settings, batchJournal, cache, prices, trace, scheduler);
        batching.mode(batchMode);
    }

    /**
     * The program is about to wait for an answer: in batch mode, send what is held back (every opcode
     * submitted so far); otherwise nothing to do. The language calls this before it blocks.
     */
    public void flush() {
        OpenAiBatchMode mode = batchMode();
        if (mode != null) {
            mode.collector().flush();
        }
    }

    private synchronized OpenAiBatchMode batchMode() {
        return batchMode;
    }

    /** The model an opcode without {@code using} asks: resolved once, as the environment and lingo.json are fixed for the run. */
    /**
     * Readies the default model's endpoint (its HTTP client and TLS set-up) before an opcode needs
     * it. In-process models are left alone: loading one is the opcode's business. Quiet: what fails
     * here fails again, and is reported, at the first opcode.
     */
    public void prepareDefaultModel() {
        try {
            ModelSpec model = defaultModel();
            if (model.provider().equals("openai") || model.provider().equals("anthropic") || model.provider().equals("ollama")) {
                providers.get(model).prepare();
            }
        } catch (RuntimeException e) {
            // a bad LINGO_MODEL, a missing key: the first opcode reports it
        }
    }

    public ModelSpec defaultModel() {
        ModelSpec model = defaultModel;
        if (model == null) {
            model = ModelDefaults.resolve(env, config); // a bad LINGO_MODEL throws here, for every opcode that needs it
            defaultModel = model;
        }
        return model;
    }

    public RunLedger ledger() {
        return ledger;
    }

    /**
     * The line a run ends with, e.g. {@code 12 model calls, 3100 tokens in, 240 out, $0.0012, 4.1 s waiting;
     * 40 answers from cache (saved $0.0040)}; null when no opcode ran.
     */
    public String summary() {
        if (dryRun != null) {
            return dryRun.summary();
        }
        RunProgress p = progress.snapshot();
        if (p.submitted() == 0 && !embeddings.any()) {
            return null;
        }
        String line = RunSummary.line(ledger.summary(), cache.stats(), p, packing.stats(), replay == null ? null : replay.file());
        return embeddings.any() ? line + "; " + embeddings.summary() : line;
    }

    public RunProgress progress() {
        return progress.snapshot();
    }

    /** Whether the language may start calls ahead of the program (lingo.json {@code "prefetch"}, default true). */
    public boolean prefetchEnabled() {
        return config.prefetch();
    }

    /** Called after every change of {@link #progress()}, on a worker thread: keep it quick. */
    public void onProgress(Consumer<RunProgress> listener) {
        progress.addListener(listener);
    }

    /** The cache reports its hits here, so they show in {@link #progress()}. */
    public ProgressTracker progressTracker() {
        return progress;
    }

    public List<EndpointStatus> endpoints() {
        return scheduler.endpoints();
    }

    /**
     * Starts an opcode on the first model of {@code chain} (the default model when empty) and
     * returns at once. When a provider fails after its retries, the next model is asked. The future
     * fails with the {@link dev.lingo.vm.ModelCallException} (or configuration error) itself.
     * {@link ModelCall#cancel} takes the opcode back while its request has not been sent.
     */
    public ModelCall submit(List<ModelSpec> chain, Opcode op, CallOptions options) {
        List<ModelSpec> models;
        try {
            models = chain.isEmpty() ? List.of(defaultModel()) : List.copyOf(chain);
        } catch (IllegalArgumentException e) {
            progress.submitted();
            return ModelCall.endedAtOnce(progress, null, e); // a bad LINGO_MODEL fails the opcode, not its caller
        }
        chains.announce(models, () -> chain.isEmpty() ? ModelDefaults.chosenBy(env, config) : "the script");
        progress.submitted();
        ModelQuestion first = firstQuestion(models, op, options);
        TypedAnswer hit = first == null ? null : chains.cachedInMemory(first);
        if (hit != null) { // answered on this thread: no worker, no wait where the value is read
            return ModelCall.endedAtOnce(progress, hit, null);
        }
        OpenAiBatchMode mode = batchMode();
        BatchCollector batch = mode == null ? null : mode.collector();
        if (batch != null) {
            batch.expect(); // a flush from now on waits for this opcode to reach the queue (or not need it)
        }
        ModelCall answer = new ModelCall(open.opened(), progress, open::ended, scheduler::dropCancelledWaiters);
        scheduler.enqueue(answer.ticket()); // served in the order the program asked, whichever worker runs first
        SendGuard guard = SendGuard.of(answer.ticket());
        try {
            workers.execute(() -> {
                try {
                    TypedAnswer a = guard.bound(() -> batch == null ? chains.run(models, op, options, first)
                                    : batch.arriving(() -> chains.run(models, op, options, first)));
                    answer.answered(a);
                } catch (Throwable t) {
                    answer.failed(secrets.redact(t)); // a model may have echoed a key into the failure
                }
            });
        } catch (RejectedExecutionException e) {
            if (batch != null) {
                batch.left();
            }
            answer.failed(new IllegalStateException("the model machine is closed"));
        }
        return answer;
    }

    /**
     * Waits (interruptibly) while the bound of submitted-but-unsent opcodes is reached, so a
     * {@code map} over a million items holds a bounded number of requests in memory; the language
     * calls it before each submit. The bound is lingo.json's {@code queue.maxUnsent}, else
     * max(256, 8 x the largest concurrency of an endpoint used so far). It never waits in batch mode
     * (requests are held back there until the program waits: waiting here would never end).
     */
    public void awaitCapacity() throws InterruptedException {
        if (batchMode() == null && dryRun == null) {
            open.awaitUnsentBelow(maxUnsent());
        }
    }

    /** How many submitted opcodes wait unsent now (for a worker, a pack, a batch job, the budget or a slot). */
    public int unsent() {
        return open.unsent();
    }

    /** The bound {@link #awaitCapacity} keeps to. */
    public int maxUnsent() {
        int configured = config.scheduling().maxUnsent();
        return configured > 0 ? configured : Math.max(MIN_UNSENT_BOUND, 8 * scheduler.largestConcurrency());
    }

    /**
     * The program has ended: waits until every opcode submitted has ended (answered, failed or
     * cancelled), at most {@code max}, so answers nobody read are still cached and counted instead of
     * {@link #close} stopping them. Sends what batch mode holds back first.
     *
     * @return true when nothing is left under way
     * @throws InterruptedException when interrupted (Ctrl-C): close the machine to stop the rest
     */
    public boolean drain(Duration max) throws InterruptedException {
        long underWay = open.open();
        if (underWay == 0) {
            return true;
        }
        flush();
        try {
            return open.awaitNoneOpen(max);
        } finally { // those not done in time are counted apart, as still under way: the summary adds up
            progress.finishedAtEnd(underWay - open.open());
        }
    }

    /**
     * The language reports speculative work: {@code started} opcodes it submitted ahead of the
     * program, {@code unused} of them whose answer the program never used. Adds to earlier reports.
     */
    public void reportPrefetch(long started, long unused) {
        progress.prefetched(started, unused);
    }

    /** The language reports {@code count} answers the program never read (outside prefetching). */
    public void reportUnread(long count) {
        progress.unread(count);
    }

    /**
     * The first model's question, worked out here so the cache can answer at once; null when that
     * fails (the worker then meets the same trouble and reports it where the value is read).
     */
    private ModelQuestion firstQuestion(List<ModelSpec> models, Opcode op, CallOptions options) {
        try {
            return chains.question(models.get(0), op, options);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@link #submit} and wait for the answer; failures are thrown as they are. */
    public TypedAnswer run(List<ModelSpec> chain, Opcode op, CallOptions options) {
        ModelCall answer = submit(chain, op, options);
        flush();
        return dev.lingo.vm.Futures.join(answer);
    }

    /** Printed once per run when the offline default answers: it is not a language model. */
    public static final String OFFLINE_NOTICE = dev.lingo.vm.provider.offline.OfflineModel.NOTICE;

    /** Stops opcodes still waiting (their futures fail), closes the providers and the trace. */
    @Override
    public synchronized void close() {
        if (batchMode != null) {
            batchMode.close();
        }
        workers.shutdownNow();
        try {
            // the interrupted workers fail their opcodes; wait for that, so every future has failed when
            // close returns and none still reaches for the cache or a provider closed under it
            if (!workers.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                notices.accept("lingo: some model calls did not stop within " + STOP_WAIT.toSeconds() + " s of the end of the run");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        providers.close();
        cache.close();
        if (recording != null) {
            try {
                recording.close();
            } catch (IOException e) {
                notices.accept("lingo: could not finish the recording " + recording.file() + ": " + e.getMessage());
            }
        }
        if (traceWriter != null) {
            try {
                traceWriter.close();
            } catch (IOException e) {
                notices.accept("lingo: could not finish the trace file: " + e.getMessage());
            }
        }
    }
}
