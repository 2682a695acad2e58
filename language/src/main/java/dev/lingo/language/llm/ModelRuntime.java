package dev.lingo.language.llm;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import com.fasterxml.jackson.databind.JsonNode;
import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleSafepoint;

import dev.lingo.language.LingoContext;
import dev.lingo.language.ahead.Lookahead;
import dev.lingo.language.LingoOptions;
import dev.lingo.language.runtime.JsonValues;
import dev.lingo.language.runtime.LingoModel;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.language.runtime.Pending;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.Cascade;
import dev.lingo.vm.machine.Cascades;
import dev.lingo.vm.machine.ModelCall;
import dev.lingo.vm.machine.Embeddings;
import dev.lingo.vm.machine.ModelMachine;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.schedule.RunProgress;
import dev.lingo.vm.trace.RunLedger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The model side of one context: the {@link ModelMachine}, the context-block stack, progress and the run summary. */
public final class ModelRuntime {

    private final LingoContext context;
    private final ThreadLocal<Deque<String>> instructions = ThreadLocal.withInitial(ArrayDeque::new);
    private final PrintStream err;
    private ModelMachine machine;
    private final Memories memories;
    private ProgressDisplay progress;

    public ModelRuntime(LingoContext context) {
        this.context = context;
        this.err = new PrintStream(context.env().err(), true, StandardCharsets.UTF_8);
        this.memories = new Memories(context.env());
    }

    public Memories memories() {
        return memories;
    }

    /**
     * Embeds {@code texts} with {@code model} (null: the default embedding model) and waits for the
     * vectors: the machine's cache, limits and retries apply, and the run's summary counts them.
     */
    @TruffleBoundary
    public Embeddings embed(LingoModel model, List<String> texts, Node node) {
        List<ModelSpec> chain = model == null ? List.of() : model.chain();
        try {
            return machine().embed(chain, texts);
        } catch (RuntimeException e) {
            throw ModelErrors.toLingo(e, node);
        }
    }

    /**
     * The machine being made on another thread since the program was parsed ({@link #prepareAhead}),
     * with the notices it gave meanwhile; null when none is (or it was taken).
     */
    private CompletableFuture<ModelMachine> prepared;
    private HeldNotices preparedNotices;

    /**
     * The parsed program has opcodes: makes the model machine now, on another thread, while the
     * program starts (reading lingo.json, opening the answer cache, the default endpoint's HTTP client
     * and TLS), so its first opcode does not wait for them. A program without opcodes makes none.
     */
    public synchronized void prepareAhead() {
        if (machine != null || prepared != null) {
            return;
        }
        var options = context.env().getOptions();
        var env = context.env().getEnvironment();
        Path dir = workingDirectory();
        var machineOptions = RunSettings.machineOptions(options, RunSettings.access(context.env()));
        HeldNotices notices = new HeldNotices(err::println);
        CompletableFuture<ModelMachine> made = new CompletableFuture<>();
        prepared = made;
        preparedNotices = notices;
        Thread.ofPlatform().daemon().name("lingo-prepare").start(() -> {
            ModelMachine m;
            try {
                m = new ModelMachine(env, dir, notices, machineOptions);
            } catch (Throwable t) {
                made.completeExceptionally(t);
                return;
            }
            made.complete(m);
            m.prepareDefaultModel();
        });
    }

    private synchronized ModelMachine machine() {
        if (machine == null) {
            var options = context.env().getOptions();
            machine = prepared != null ? takePrepared() : new ModelMachine(context.env().getEnvironment(), workingDirectory(), err::println,
                            RunSettings.machineOptions(options, RunSettings.access(context.env())));
            if (options.get(LingoOptions.Batch)) {
                machine.useBatchApi(true);
            }
            var budget = RunSettings.budget(options);
            if (budget != null) {
                machine.budget(budget);
            }
            String trace = options.get(LingoOptions.Trace);
            if (!trace.isEmpty()) {
                try {
                    machine.traceTo(Path.of(trace));
                } catch (IOException e) {
                    err.println("lingo: cannot write the trace file " + trace + ": " + e.getMessage());
                }
            }
            String mode = options.get(LingoOptions.Progress);
            if (!mode.equals("off")) {
                progress = new ProgressDisplay(err, mode.equals("bar"));
                machine.onProgress(progress::update);
            }
        }
        return machine;
    }

    /** The machine made ahead: its notices are printed now, where the first opcode needs it, as if made here. */
    private ModelMachine takePrepared() {
        CompletableFuture<ModelMachine> made = prepared;
        HeldNotices notices = preparedNotices;
        prepared = null;
        preparedNotices = null;
        try {
            return made.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // e.g. a bad cache or recording: the opcode reports it, as it would have made it itself
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        } finally {
            notices.release();
        }
    }

    /** Null when the embedder gave the context no file access: then no lingo.json is read. */
    private Path workingDirectory() {
        try {
            return Path.of(context.env().getCurrentWorkingDirectory().getPath());
        } catch (SecurityException e) {
            return null;
        }
    }

    /**
     * Starts one opcode and returns its answer as a {@link Pending} value: the request runs in the
     * background and the program waits only where the value is read. A failure is raised there.
     * An identical call already started ahead of the program ({@link Lookahead}) is taken instead.
     */
    @TruffleBoundary
    public Object start(Opcode op, LingoModel model, CallOptions options, Node node) {
        Deque<String> stack = instructions.get();
        Opcode withContext = stack.isEmpty() ? op : op.withContext(String.join("\n\n", stack));
        List<ModelSpec> chain = model == null ? List.of() : model.chain();
        Cascade cascade = model == null ? null : model.cascade();
        opcodeStarted();
        return Lookahead.opcode(new CallKey(node, withContext, chain, cascade, options),
                        () -> submit(withContext, chain, cascade, options, node));
    }

    /** An opcode's value when the model machine cannot be made (a bad cache or recording): raised where it is read. */
    private static Pending unavailable(IllegalArgumentException reason, Node node) {
        return Pending.of(CompletableFuture.failedFuture(reason), raw -> raw, failure -> ModelErrors.toLingo(failure, node), () -> { }, node);
    }

    /** What makes two opcode calls the same call: the same node asking the same question of the same models. */
    private record CallKey(Node node, Opcode op, List<ModelSpec> chain, Cascade cascade, CallOptions options) {
    }

    private Object submit(Opcode op, List<ModelSpec> chain, Cascade cascade, CallOptions options, Node node) {
        ModelMachine m;
        try {
            m = machine();
        } catch (IllegalArgumentException e) {
            return unavailable(e, node);
        }
        if (!Lookahead.speculating()) {
            awaitCapacity(m, node); // a map over 100,000 items keeps a bounded number of requests waiting to be sent
        }
        CompletableFuture<TypedAnswer> call = ask(m, chain, cascade, op, options);
        // the value alone is kept: the call's record (prompt, raw answer) went to the ledger and trace
        CompletableFuture<JsonNode> answer = call.thenApply(TypedAnswer::value);
        return Pending.of(answer, raw -> JsonValues.fromJson((JsonNode) raw, op.answerType()),
                        failure -> ModelErrors.toLingo(failure, node), m::flush, node, () -> call.cancel(false));
    }

    /** A {@link ModelCall}, or a {@link dev.lingo.vm.machine.CascadeCall} for a cascade: either cancels while unsent. */
    private CompletableFuture<TypedAnswer> ask(ModelMachine m, List<ModelSpec> chain, Cascade cascade, Opcode op, CallOptions options) {
        return cascade == null ? m.submit(chain, op, options) : cascades(m).submit(cascade, op, options);
    }

    private Cascades cascades;

    private synchronized Cascades cascades(ModelMachine m) {
        if (cascades == null) {
            cascades = new Cascades(m);
        }
        return cascades;
    }

    private static void awaitCapacity(ModelMachine m, Node node) {
        if (m.unsent() >= m.maxUnsent()) {
            TruffleSafepoint.setBlockedThreadInterruptible(node, ModelMachine::awaitCapacity, m);
        }
    }

    /**
     * An opcode whose operands hold answers still on their way: its request is made and sent when
     * they arrive, on the thread that completes them, and its value is pending until then.
     */
    @TruffleBoundary
    public Object startAfter(Object[] operands, Supplier<Opcode> question, LingoModel model, CallOptions options, Node node) {
        Deque<String> stack = instructions.get();
        String context = stack.isEmpty() ? null : String.join("\n\n", stack);
        List<ModelSpec> chain = model == null ? List.of() : model.chain();
        Cascade cascade = model == null ? null : model.cascade();
        opcodeStarted();
        return Lookahead.opcode(new ChainKey(node, ChainKey.canonical(operands), context, chain, cascade, options),
                        () -> chained(operands, question, context, chain, cascade, options, node));
    }

    private Object chained(Object[] operands, Supplier<Opcode> question, String context, List<ModelSpec> chain, Cascade cascade,
                           CallOptions options, Node node) {
        ModelMachine m;
        try {
            m = machine();
        } catch (IllegalArgumentException e) {
            return unavailable(e, node);
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<CompletableFuture<TypedAnswer>> sent = new AtomicReference<>();
        AtomicReference<Opcode> asked = new AtomicReference<>();
        CompletableFuture<?>[] inputs = new CompletableFuture<?>[operands.length];
        for (int i = 0; i < operands.length; i++) {
            inputs[i] = Pending.whenResolved(operands[i]);
        }
        CompletableFuture<JsonNode> answer = CompletableFuture.allOf(inputs).thenCompose(ignored -> {
            if (cancelled.get()) {
                return CompletableFuture.failedFuture(new CancellationException("not needed"));
            }
            Opcode op = question.get(); // the operands are in: this makes the request text without waiting
            asked.set(op);
            CompletableFuture<TypedAnswer> call = ask(m, chain, cascade, context == null ? op : op.withContext(context), options);
            sent.set(call);
            return call.thenApply(TypedAnswer::value);
        });
        return Pending.of(answer, raw -> JsonValues.fromJson((JsonNode) raw, asked.get().answerType()),
                        failure -> ModelErrors.toLingo(failure, node), m::flush, node, () -> {
                            cancelled.set(true);
                            CompletableFuture<TypedAnswer> call = sent.get();
                            return call == null || call.cancel(false);
                        });
    }

    /** Valid until this JVM parses a program with an opcode or starts one: loops check it to decide whether to make ready to run ahead. */
    public static final Assumption NO_OPCODE_YET = Truffle.getRuntime().createAssumption("no opcode started yet");

    /** A program with opcodes was parsed: loops need not wait for its first opcode to get ready to run ahead. */
    public static void programHasOpcodes() {
        opcodeStarted();
    }

    private static void opcodeStarted() {
        if (NO_OPCODE_YET.isValid()) {
            NO_OPCODE_YET.invalidate();
        }
    }

    /**
     * How many elements or iterations a lookahead runs ahead: twice the largest concurrency of
     * the endpoints in use (so the next requests are queued when a slot frees), 0 when turned off.
     */
    public int lookaheadWindow() {
        int window = this.window;
        if (window < 0) {
            window = context.env().getOptions().get(LingoOptions.Prefetch) ? 64 : 0;
            ModelMachine m = machineIfMade();
            if (window > 0 && m != null && !m.prefetchEnabled()) {
                window = 0;
            }
            if (window > 0 && m != null) {
                int concurrency = m.endpoints().stream().mapToInt(e -> e.limits().maxConcurrent()).max().orElse(0);
                if (concurrency > 0) {
                    window = Math.min(1024, 2 * concurrency);
                    this.window = window; // settled once an endpoint is known
                }
            }
        }
        return window;
    }

    private int window = -1;

    private synchronized ModelMachine machineIfMade() {
        return machine;
    }

    /** Lookaheads report here: calls started ahead and not used are cancelled if unsent, and counted. */
    public Lookahead.Listener lookaheadListener() {
        return lookaheadListener;
    }

    private final Lookahead.Listener lookaheadListener = new Lookahead.Listener() {
        @Override
        public void closed(int prefetched, int wasted) {
            ModelMachine m = machineIfMade();
            if (m != null) {
                m.reportPrefetch(prefetched, wasted);
            }
        }

        @Override
        public boolean cancel(Pending unused) {
            ModelMachine m = machineIfMade();
            return unused instanceof Pending.Answer a && a.cancel();
        }

        @Override
        public Object enterSpeculation(Object snapshot) {
            Deque<String> saved = instructions.get();
            instructions.set(new ArrayDeque<>((Deque<String>) snapshot));
            return saved;
        }

        @Override
        public void exitSpeculation(Object saved) {
            instructions.set((Deque<String>) saved);
        }

        @Override
        public Object snapshot() {
            return new ArrayDeque<>(instructions.get());
        }
    };

    /**
     * {@code modelUsage()}: what this run's model work has come to so far. Calls still under way
     * count as pending, not yet as calls. Makes no model machine when no opcode ran.
     */
    @TruffleBoundary
    public LingoRecord usage() {
        RunLedger.Totals totals;
        RunProgress progress;
        synchronized (this) {
            totals = machine == null ? RunLedger.Totals.NONE : machine.ledger().totals();
            progress = machine == null ? RunProgress.NONE : machine.progress();
        }
        return new LingoRecord(USAGE, new Object[] {totals.calls(), totals.failed(), totals.tokensIn(), totals.tokensOut(),
                        totals.cost(), progress.cacheHits(), progress.pending()});
    }

    private static final RecordShape USAGE = RecordShape.of("calls", "failed", "tokensIn", "tokensOut", "cost", "fromCache", "pending");

    @TruffleBoundary
    public void enterContext(String text) {
        instructions.get().push(text);
    }

    @TruffleBoundary
    public void exitContext() {
        instructions.get().pop();
    }

    /** At the end of the run: the summary line (when asked and any opcode ran), then cleanup. */
    /** How long the end of a run waits for calls still under way before it stops them. */
    private static final java.time.Duration END_OF_RUN_WAIT = java.time.Duration.ofMinutes(10);

    private volatile boolean interrupted;

    /**
     * A module or REPL input ended; {@code stopped}: by an interrupt (Ctrl-C). Once one was, the end of
     * the run does not wait for calls still under way: the user asked to stop.
     */
    public void evaluationEnded(boolean stopped) {
        interrupted |= stopped;
    }

    private boolean cancelling() {
        try {
            return context.env().getContext().isCancelling();
        } catch (RuntimeException e) {
            return false;
        }
    }

    public synchronized void dispose() {
        memories.closeAll();
        if (machine == null) {
            if (prepared != null) { // made ahead for opcodes that never ran: no summary, as if never made
                try {
                    takePrepared().close();
                } catch (RuntimeException | Error e) {
                    // it could not be made, and no opcode needed it
                }
            }
            return;
        }
        if (!cancelling() && !interrupted) {
            try {
                // started calls whose answers were never read are waited for: paid once, cached, counted
                machine.drain(END_OF_RUN_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (progress != null) {
            progress.finish();
        }
        String summary = machine.summary();
        String cascaded = cascades == null ? null : cascades.summary();
        if (summary != null && cascaded != null) {
            summary = summary + (summary.contains("\n") ? "\n  " : "; ") + cascaded; // a dry run's summary is a table
        }
        if (summary != null && (context.env().getOptions().get(LingoOptions.Summary) || context.env().getOptions().get(LingoOptions.DryRun))) {
            err.println("lingo: " + summary);
        }
        machine.close();
    }
}
