package dev.lingo.launcher;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code lingo} command itself; with no subcommand it starts the REPL. */
@Command(
        name = "lingo",
        mixinStandardHelpOptions = true,
        versionProvider = LingoVersion.class,
        subcommands = {RunCommand.class, ReplCommand.class, CheckCommand.class, EvalCommand.class, ModelCommand.class,
            CacheCommand.class},
        description = "Lingo: deterministic code and typed LLM opcodes in one language.",
        synopsisSubcommandLabel = "[COMMAND]",
        footer = {
            "",
            "`lingo FILE.lingo ARGS...` is short for `lingo run FILE.lingo ARGS...`.",
            "Options for the VM pass through: --engine.X=Y --compiler.X=Y --log.X=Y --lingo.X=Y",
            "  e.g. --engine.TraceCompilation=true --log.file=trace.log",
            "For a quick start without the JIT: LINGO_FAST_START=1, or --fast-start first.",
            "",
            "Exit codes: 0 ok, 1 runtime error, 2 usage error, 3 syntax or name error,",
            "            70 internal error (a bug in Lingo), 130 interrupted."
        })
public final class LingoCommand implements Callable<Integer> {

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Show the Java stack trace of internal errors.")
    boolean stackTrace;

    private final LingoContexts contexts;

    private ErrorReporter reporter;

    public LingoCommand(LingoContexts contexts) {
        this.contexts = contexts;
    }

    LingoContexts contexts() {
        return contexts;
    }

    LauncherIO io() {
        return contexts.io();
    }

    /** One per command line (made once the options are read): it remembers what it already said. */
    ErrorReporter reporter() {
        if (reporter == null) {
            reporter = new ErrorReporter(contexts.io().err(), stackTrace);
        }
        return reporter;
    }

    @Override
    public Integer call() {
        return ReplCommand.start(this);
    }
}
