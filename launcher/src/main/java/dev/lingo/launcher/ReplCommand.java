package dev.lingo.launcher;

import dev.lingo.launcher.repl.ReplSession;
import dev.lingo.launcher.repl.StreamRepl;
import dev.lingo.launcher.repl.TerminalRepl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code lingo repl}: the interactive session (also what plain {@code lingo} starts). */
@Command(name = "repl", description = "Start an interactive session (the default when no command is given).")
final class ReplCommand implements Callable<Integer> {

    @ParentCommand
    private LingoCommand lingo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Override
    public Integer call() {
        return start(lingo);
    }

    static int start(LingoCommand lingo) {
        var io = lingo.io();
        int status;
        try (var session = new ReplSession(lingo.contexts()::createForRepl, io.out(), lingo.reporter())) {
            if (io.terminal()) {
                TerminalRepl.run(session, "Lingo " + LingoVersion.launcherVersion()
                        + ". Type :help for help, :quit or Ctrl-D to leave.", io.out(), io.err());
            } else {
                try (var sigint = SigintInterrupts.install(io.out(), io.err())) {
                    StreamRepl.run(session, io.in(), sigint);
                }
            }
            status = session.exitStatus();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status;
    }
}
