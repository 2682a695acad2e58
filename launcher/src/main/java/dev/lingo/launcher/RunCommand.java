package dev.lingo.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lingo run FILE [ARGS...]}: runs a program; ARGS reach it as {@code args}. */
@Command(name = "run", description = "Run a Lingo program.")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private LingoCommand lingo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Append every model call (prompt, answer, tokens, cost, latency) to FILE as JSON Lines.")
    private Path trace;

    @Option(names = "--no-summary", description = "Do not print the model-call summary line at the end.")
    private boolean noSummary;

    @Parameters(index = "0", paramLabel = "FILE", description = "The program (.lingo).")
    private Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the program.")
    private List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() {
        var source = SourceFiles.read(file);
        Map<String, String> options = new HashMap<>();
        options.put("lingo.Summary", String.valueOf(!noSummary));
        if (trace != null) {
            options.put("lingo.Trace", trace.toAbsolutePath().toString());
        }
        try (Context context = lingo.contexts().create(options, arguments.toArray(String[]::new))) {
            try {
                context.eval(source);
                return ExitCodes.OK;
            } catch (PolyglotException e) {
                return lingo.reporter().report(e);
            }
        }
    }
}
