package dev.lingo.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lingo check FILE...}: parses and resolves names without running anything. */
@Command(name = "check", description = "Check programs for syntax and name errors without running them.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private LingoCommand lingo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Programs to check.")
    private List<Path> files;

    @Override
    public Integer call() {
        int worst = ExitCodes.OK;
        try (Context context = lingo.contexts().create()) {
            for (Path file : files) {
                worst = Math.max(worst, check(context, file));
            }
        }
        return worst;
    }

    private int check(Context context, Path file) {
        var io = lingo.io();
        try {
            context.parse(SourceFiles.read(file));
            io.out().println(file + ": ok");
            return ExitCodes.OK;
        } catch (UsageError e) {
            io.err().println("lingo: " + e.getMessage());
            return ExitCodes.USAGE_ERROR;
        } catch (MalformedSourceError e) {
            return lingo.reporter().malformed(e);
        } catch (PolyglotException e) {
            return lingo.reporter().report(e);
        }
    }
}
