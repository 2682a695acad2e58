package dev.lingo.language.llm;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.LingoContext;
import dev.lingo.language.LingoOptions;
import dev.lingo.language.runtime.JsonValues;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoModel;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelMachine;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.opcode.Opcode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The model side of one context: the {@link ModelMachine}, the context-block stack, the run summary. */
public final class ModelRuntime {

    private final LingoContext context;
    private final ThreadLocal<Deque<String>> instructions = ThreadLocal.withInitial(ArrayDeque::new);
    private ModelMachine machine;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public ModelRuntime(LingoContext context) {
        this.context = context;
    }

    private synchronized ModelMachine machine() {
        if (machine == null) {
            PrintStream err = new PrintStream(context.env().err(), true, StandardCharsets.UTF_8);
            Path cwd = workingDirectory();
            machine = new ModelMachine(context.env().getEnvironment(), cwd, err::println);
            String trace = context.env().getOptions().get(LingoOptions.Trace);
            if (!trace.isEmpty()) {
                try {
                    machine.traceTo(Path.of(trace));
                } catch (IOException e) {
                    err.println("lingo: cannot write the trace file " + trace + ": " + e.getMessage());
                }
            }
        }
        return machine;
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
     */
    @TruffleBoundary
    public Object start(Opcode op, LingoModel model, CallOptions options, Node node) {
        Deque<String> stack = instructions.get();
        Opcode withContext = stack.isEmpty() ? op : op.withContext(String.join("\n\n", stack));
        List<ModelSpec> chain = model == null ? List.of() : model.chain();
        ModelMachine m = machine();
        CompletableFuture<TypedAnswer> answer = CompletableFuture.supplyAsync(() -> m.run(chain, withContext, options), executor);
        return new Pending(answer, raw -> JsonValues.fromJson(((TypedAnswer) raw).value(), op.answerType()),
                        failure -> toError(failure, node));
    }

    private static RuntimeException toError(Throwable failure, Node node) {
        if (failure instanceof InvalidAnswerException e) {
            LingoRecord data = new LingoRecord(RecordShape.of("field", "expected", "raw", "attempts"),
                            new Object[]{e.field() == null ? "" : e.field(), e.expected() == null ? "" : e.expected(),
                                            e.rawAnswer() == null ? "" : e.rawAnswer(), (long) e.attempts()});
            return new LingoError(e.kind(), e.getMessage(), data, node);
        } else if (failure instanceof ModelCallException e) {
            return new LingoError(e.kind(), e.getMessage(), null, node);
        } else if (failure instanceof IllegalArgumentException || failure instanceof UnsupportedOperationException) {
            return LingoError.of("ModelConfigError", failure.getMessage(), node);
        } else if (failure instanceof InterruptedException) {
            return LingoError.of("ModelProviderError", "interrupted while waiting for the model", node);
        } else if (failure instanceof RuntimeException e) {
            return e;
        }
        return new RuntimeException(failure);
    }

    @TruffleBoundary
    public void enterContext(String text) {
        instructions.get().push(text);
    }

    @TruffleBoundary
    public void exitContext() {
        instructions.get().pop();
    }

    /** At the end of the run: the summary line (when asked and any model was called), then cleanup. */
    public synchronized void dispose() {
        if (machine == null) {
            return;
        }
        if (context.env().getOptions().get(LingoOptions.Summary) && machine.ledger().calls() > 0) {
            new PrintStream(context.env().err(), true, StandardCharsets.UTF_8).println(machine.ledger().summary());
        }
        executor.shutdownNow();
        machine.close();
    }
}
