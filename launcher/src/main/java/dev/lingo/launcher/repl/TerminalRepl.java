package dev.lingo.launcher.repl;

import dev.lingo.launcher.SigintInterrupts;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The thin JLine front of {@link ReplSession}: line editing, history, tab completion, Ctrl-C/D. */
public final class TerminalRepl {
    private TerminalRepl() {
    }

    /** @param err where a Ctrl-C that ends the process flushes to */
    public static void run(ReplSession session, String banner, PrintStream out, PrintStream err) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build();
             // A dumb terminal (TERM=dumb, e.g. an editor's shell) never hears of Ctrl-C: the JVM gets the SIGINT.
             var sigint = terminal.getType().startsWith(Terminal.TYPE_DUMB) ? SigintInterrupts.install(out, err) : null) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("lingo")
                    .parser(new ReplLineParser())
                    .completer((lineReader, line, candidates) -> {
                        for (String word : session.completions(line.word())) {
                            // Keywords and commands are followed by a space; names often by '(' or '.'.
                            boolean spaceAfter = word.startsWith(":") || LingoKeywords.ALL.contains(word);
                            candidates.add(new Candidate(word, word, null, null, null, null, spaceAfter));
                        }
                    })
                    .variable(LineReader.HISTORY_FILE, historyFile())
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // `!x` is Lingo, not history
                    .build();
            // Outside readLine, Ctrl-C stops the running snippet instead of the whole REPL.
            terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
            terminal.writer().println(banner);
            while (!session.isFinished()) {
                String line;
                try {
                    line = reader.readLine(session.prompt());
                } catch (UserInterruptException e) {
                    session.cancelPending();
                    continue;
                } catch (EndOfFileException e) {
                    session.endOfInput();
                    break;
                }
                if (sigint == null) {
                    session.accept(line);
                } else {
                    String input = line;
                    sigint.during(session::interrupt, () -> session.accept(input));
                }
            }
            reader.getHistory().save();
        }
    }

    private static Path historyFile() throws IOException {
        Path dir = Path.of(System.getProperty("user.home"), ".lingo");
        Files.createDirectories(dir);
        return dir.resolve("history");
    }
}
