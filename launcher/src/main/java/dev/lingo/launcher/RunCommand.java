package dev.lingo.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lingo run FILE [ARGS...]}: runs a program; ARGS reach it as {@code args}. */
@Command(name = "run", description = "Run a Lingo program.")
final class RunCommand implements Callable<Integer> {
    private static final Duration INTERRUPT_WAIT = Duration.ofSeconds(10);

    @ParentCommand
    private LingoCommand lingo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Append every model call (prompt, answer, tokens, cost, latency) and cache answer to FILE as JSON Lines.")
    private Path trace;

    @Option(names = "--no-summary", description = "Do not print the model-call summary line at the end.")
    private boolean noSummary;

    @Option(names = "--no-prefetch",
            description = "Do not start the model calls of coming loop iterations and list elements while the program waits.")
    private boolean noPrefetch;

    @Option(names = "--no-cache", description = "Neither read nor write the answer cache.")
    private boolean noCache;

    @Option(names = "--refresh", description = "Ask the models again and overwrite the cached answers.")
    private boolean refresh;

    @Option(names = "--record", paramLabel = "FILE", description = "Record every model call of this run to FILE.")
    private Path record;

    @Option(names = "--replay", paramLabel = "FILE", description = "Answer every model call from a recording; call no model.")
    private Path replay;

    @Option(names = "--max-cost", paramLabel = "DOLLARS", description = "Stop before the model calls cost more than this.")
    private String maxCost;

    @Option(names = "--max-calls", paramLabel = "N", description = "Stop before more than N model calls are answered (in program order; a 429 or server error does not count).")
    private String maxCalls;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Stop before using more than N tokens.")
    private String maxTokens;

    @Option(names = "--dry-run", description = "Call no model: give what the answer cache holds, estimate the other calls' tokens and cost.")
    private boolean dryRun;

    @Option(names = "--batch", description = "Send OpenAI calls as one Batch API job when the program first waits (cheaper, slower, resumable).")
    private boolean batch;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "Progress of model calls on stderr: auto (a bar on a terminal, lines otherwise), bar, lines, off.")
    private String progress;

    @Option(names = "--sandbox",
            description = "Run a program you did not write: no files, no environment, no Java; only the models your environment configures.")
    private boolean sandbox;

    @Parameters(index = "0", paramLabel = "FILE", description = "The program (.lingo).")
    private Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program.")
    private List<String> arguments = new ArrayList<>();

    private static void putPath(Map<String, String> options, String key, Path path) {
        if (path != null) {
            options.put(key, path.toAbsolutePath().toString());
        }
    }

    private static void putIfSet(Map<String, String> options, String key, String value) {
        if (value != null) {
            options.put(key, value);
        }
    }

    @Override
    public Integer call() {
        var source = SourceFiles.read(file);
        Map<String, String> options = new HashMap<>();
        options.put("lingo.Summary", String.valueOf(!noSummary));
        if (noPrefetch) {
            options.put("lingo.Prefetch", "false");
        }
        if (trace != null) {
            options.put("lingo.Trace", trace.toAbsolutePath().toString());
        }
        if (sandbox && (trace != null || record != null || replay != null || batch)) {
            throw new UsageError("--sandbox runs without files: --trace, --record, --replay and --batch need them");
        }
        if (noCache && refresh) {
            throw new UsageError("--no-cache and --refresh contradict each other: choose one");
        }
        if (record != null && replay != null) {
            throw new UsageError("a run either records (--record) or replays (--replay), not both");
        }
        options.put("lingo.Cache", noCache ? "off" : refresh ? "refresh" : "on");
        putPath(options, "lingo.Record", record);
        putPath(options, "lingo.Replay", replay);
        putIfSet(options, "lingo.MaxCost", maxCost);
        putIfSet(options, "lingo.MaxCalls", maxCalls);
        putIfSet(options, "lingo.MaxTokens", maxTokens);
        options.put("lingo.DryRun", String.valueOf(dryRun));
        options.put("lingo.Batch", String.valueOf(batch));
        options.put("lingo.Progress", switch (progress) {
            case "auto" -> System.console() != null ? "bar" : "lines";
            case "bar", "lines", "off" -> progress;
            default -> throw new UsageError("--progress is auto, bar, lines or off, not \"" + progress + "\"");
        });
        var io = lingo.contexts().io();
        // Closing the context after an interrupt is what prints the summary of the calls made so far.
        // A second Ctrl-C while the context closes ends the process at once.
        try (var sigint = SigintInterrupts.install(io.out(), io.err())) {
            Context context = sandbox ? lingo.contexts().createSandboxed(options, System.getenv(), arguments.toArray(String[]::new))
                    : lingo.contexts().create(options, arguments.toArray(String[]::new));
            try {
                return sigint.during(() -> interrupt(context, io.err()), () -> {
                    try {
                        context.eval(source);
                        return ExitCodes.OK;
                    } catch (PolyglotException e) {
                        return lingo.reporter().report(e);
                    }
                });
            } finally {
                LingoContexts.close(context);
            }
        }
    }

    private static void interrupt(Context context, PrintStream err) {
        try {
            context.interrupt(INTERRUPT_WAIT);
        } catch (TimeoutException e) {
            err.println("lingo: the program did not stop within " + INTERRUPT_WAIT.toSeconds()
                    + " s; press Ctrl-C again to end it at once");
        }
    }
}
