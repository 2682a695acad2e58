package dev.lingo.launcher.repl;

import dev.lingo.launcher.SigintInterrupts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The REPL over plain input (a pipe or file): no prompts, no line editing. A SIGINT stops the
 * input being evaluated and the session goes on; one while it waits for input ends the process.
 *
 * <p>A complete line is not run while the next line continues it (`else`, `catch`, a `.method`
 * chain, `&&`, `||`, `??`, `|`) and has already arrived: piped input has all its lines at hand, so a
 * script written in the usual layout means what it means in a file, while a program that waits for a
 * line's output before it writes the next still gets it.
 */
public final class StreamRepl {

    /** A line that cannot start a statement of its own, so it continues the one before. */
    private static final Pattern CONTINUATION = Pattern.compile("\\s*(else\\b|catch\\b|finally\\b|\\?\\.|\\.(?!\\.)|\\?\\?|&&|\\|\\||\\||->|==|!=).*",
                    Pattern.DOTALL);

    private StreamRepl() {
    }

    public static void run(ReplSession session, InputStream in, SigintInterrupts sigint) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        while (!session.isFinished() && line != null) {
            StringBuilder input = new StringBuilder(line);
            // Only lines already sent are looked at: a writer that waits for this line's output
            // before sending the next must not wait forever.
            boolean peeked = false;
            String next = null;
            while (!line.strip().startsWith(":") && reader.ready()) {
                next = reader.readLine();
                peeked = true;
                if (next == null || !CONTINUATION.matcher(next).matches()) {
                    break;
                }
                input.append('\n').append(next);
                peeked = false;
            }
            String snippet = input.toString();
            sigint.during(session::interrupt, () -> session.accept(snippet));
            line = peeked ? next : reader.readLine();
        }
        if (!session.isFinished()) {
            sigint.during(session::interrupt, session::endOfInput);
        }
    }
}
