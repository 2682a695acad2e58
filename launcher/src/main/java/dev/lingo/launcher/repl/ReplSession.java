package dev.lingo.launcher.repl;

import dev.lingo.launcher.ErrorReporter;
import dev.lingo.launcher.LingoContexts;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The REPL without a terminal: lines go in, program output and errors come out on the given
 * streams. Input that ends too early (an open brace, string or paren) is kept and completed by
 * the next lines; top-level definitions live on in one Context until {@code :reset}.
 */
public final class ReplSession implements AutoCloseable {
    public static final String PROMPT = "lingo> ";
    public static final String CONTINUATION_PROMPT = "   ..> ";
    static final String SOURCE_NAME = "<repl>";

    private final Supplier<Context> contextFactory;
    private final PrintStream out;
    private final ErrorReporter reporter;
    private final StringBuilder pending = new StringBuilder();
    private Context context;
    private boolean finished;

    private int exitStatus;

    public ReplSession(Supplier<Context> contextFactory, PrintStream out, ErrorReporter reporter) {
        this.contextFactory = contextFactory;
        this.out = out;
        this.reporter = reporter;
        this.context = contextFactory.get();
    }

    public String prompt() {
        return pending.isEmpty() ? PROMPT : CONTINUATION_PROMPT;
    }

    /** The code a program's {@code exit(code)} ended the session with; 0 otherwise. */
    public int exitStatus() {
        return exitStatus;
    }

    /** True after {@code :quit}. */
    public boolean isFinished() {
        return finished;
    }

    /** Handles one line of input: a {@code :command}, or (part of) a snippet to evaluate. */
    public void accept(String line) {
        if (pending.isEmpty() && line.strip().startsWith(":")) {
            ColonCommands.execute(this, line.strip());
            return;
        }
        pending.append(line).append('\n');
        if (pending.toString().isBlank()) {
            pending.setLength(0);
            return;
        }
        evaluatePending(false);
    }

    /** The input ended: whatever is still pending is evaluated so its error gets reported. */
    public void endOfInput() {
        if (!pending.isEmpty()) {
            evaluatePending(true);
        }
    }

    /** Ctrl-C at the prompt: forget the unfinished snippet. */
    public void cancelPending() {
        pending.setLength(0);
    }

    /** Ctrl-C while a snippet runs (called from another thread): stop it, keep the session. */
    public void interrupt() {
        try {
            context.interrupt(Duration.ofSeconds(5));
        } catch (TimeoutException e) {
            out.println("the program did not stop within 5 s; still waiting");
        }
    }

    public List<String> completions(String prefix) {
        return ReplCompletion.candidates(context, prefix);
    }

    private void evaluatePending(boolean atEnd) {
        var source = Source.newBuilder(LingoContexts.LANGUAGE_ID, pending.toString(), SOURCE_NAME).interactive(true).buildLiteral();
        try {
            context.eval(source);
        } catch (PolyglotException e) {
            if (e.isIncompleteSource() && !atEnd) {
                return; // wait for the rest of the snippet
            }
            report(e);
        }
        pending.setLength(0);
    }

    void report(PolyglotException e) {
        if (e.isExit()) {
            finished = true; // the program asked the process to end
            exitStatus = e.getExitStatus();
            return;
        }
        reporter.report(e);
    }

    Context context() {
        return context;
    }

    PrintStream out() {
        return out;
    }

    ErrorReporter reporter() {
        return reporter;
    }

    void finish() {
        finished = true;
    }

    void reset() {
        pending.setLength(0);
        LingoContexts.close(context);
        context = contextFactory.get();
    }

    @Override
    public void close() {
        LingoContexts.close(context);
    }
}
