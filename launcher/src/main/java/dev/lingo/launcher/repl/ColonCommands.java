package dev.lingo.launcher.repl;

import dev.lingo.launcher.LingoContexts;
import dev.lingo.launcher.SourceFiles;
import dev.lingo.launcher.UsageError;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** The REPL's own commands, {@code :help :load :type :usage :reset :quit}; any unique prefix works. */
final class ColonCommands {

    record ColonCommand(String name, String argument, String help) {
        String usage() {
            return argument.isEmpty() ? name : name + " " + argument;
        }
    }

    static final List<ColonCommand> ALL = List.of(
            new ColonCommand(":help", "", "show this list"),
            new ColonCommand(":load", "FILE", "run a file in this session; its definitions stay"),
            new ColonCommand(":type", "EXPR", "evaluate EXPR and show the type of its value"),
            new ColonCommand(":usage", "", "model calls, tokens and cost of this session so far"),
            new ColonCommand(":reset", "", "forget all definitions (a fresh session)"),
            new ColonCommand(":quit", "", "leave the REPL (Ctrl-D also works)"));

    private ColonCommands() {
    }

    static void execute(ReplSession session, String line) {
        int space = line.indexOf(' ');
        String word = space < 0 ? line : line.substring(0, space);
        String argument = space < 0 ? "" : line.substring(space + 1).strip();
        List<ColonCommand> matches = ALL.stream().filter(c -> c.name().startsWith(word)).toList();
        if (matches.size() != 1) {
            String known = String.join(" ", ALL.stream().map(ColonCommand::name).toList());
            session.reporter().usage(matches.isEmpty()
                    ? "Unknown command `" + word + "`. Commands: " + known
                    : "Ambiguous command `" + word + "`: " + String.join(" ", matches.stream().map(ColonCommand::name).toList()));
            return;
        }
        var command = matches.getFirst();
        if (command.argument().isEmpty() != argument.isEmpty()) {
            session.reporter().usage("Usage: " + command.usage());
            return;
        }
        switch (command.name()) {
            case ":help" -> help(session);
            case ":load" -> load(session, argument);
            case ":type" -> type(session, argument);
            case ":usage" -> usage(session);
            case ":reset" -> {
                session.reset();
                session.out().println("Session reset: all definitions are gone.");
            }
            case ":quit" -> session.finish();
            default -> throw new IllegalStateException("unhandled REPL command " + command.name());
        }
    }

    private static void help(ReplSession session) {
        var out = session.out();
        out.println("Type Lingo code to run it; its value is printed. Unfinished input continues on the next line.");
        for (ColonCommand command : ALL) {
            out.printf("  %-12s %s%n", command.usage(), command.help());
        }
        out.println("Tab completes names and keywords; Ctrl-C cancels the current input or stops a running program.");
    }

    private static void load(ReplSession session, String file) {
        try {
            session.context().eval(SourceFiles.read(Path.of(file)));
        } catch (UsageError e) {
            session.reporter().usage(e.getMessage());
        } catch (PolyglotException e) {
            session.report(e);
        }
    }

    /** What {@code modelUsage()} says, on one line; answers still on their way count as pending. */
    private static void usage(ReplSession session) {
        var source = Source.newBuilder(LingoContexts.LANGUAGE_ID, "modelUsage()", ReplSession.SOURCE_NAME).buildLiteral();
        try {
            Value u = session.context().eval(source);
            long calls = u.getMember("calls").asLong();
            session.out().println(String.format(Locale.ROOT, "%d model call%s (%d failed), %d tokens in, %d out, $%.6f;"
                            + " %d from the answer cache, %d pending", calls, calls == 1 ? "" : "s", u.getMember("failed").asLong(),
                    u.getMember("tokensIn").asLong(), u.getMember("tokensOut").asLong(), u.getMember("cost").asDouble(),
                    u.getMember("fromCache").asLong(), u.getMember("pending").asLong()));
        } catch (PolyglotException e) {
            session.report(e);
        }
    }

    private static void type(ReplSession session, String expression) {
        var source = Source.newBuilder(LingoContexts.LANGUAGE_ID, expression, ReplSession.SOURCE_NAME).buildLiteral();
        try {
            Value value = session.context().eval(source);
            Value meta = value.getMetaObject();
            session.out().println(meta == null ? "Any" : meta.getMetaQualifiedName());
        } catch (PolyglotException e) {
            session.report(e);
        }
    }
}
