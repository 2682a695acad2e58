package dev.lingo.launcher;

import java.util.concurrent.Callable;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lingo eval EXPR}: runs a snippet and prints its value (strings without quotes). */
@Command(name = "eval", description = "Evaluate source text and print its value, e.g. lingo eval '1 + 2'.")
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    private LingoCommand lingo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Parameters(index = "0", paramLabel = "EXPR", description = "Lingo source text.")
    private String text;

    @Override
    public Integer call() {
        var source = Source.newBuilder(LingoContexts.LANGUAGE_ID, text, "<eval>").buildLiteral();
        Context context = lingo.contexts().create();
        try {
            Value value = context.eval(source);
            if (!value.isNull()) {
                lingo.io().out().println(value.isString() ? value.asString() : value.toString());
            }
            return ExitCodes.OK;
        } catch (PolyglotException e) {
            return lingo.reporter().report(e);
        } finally {
            LingoContexts.close(context);
        }
    }
}
