package dev.lingo.launcher.repl;

import dev.lingo.launcher.SigintInterrupts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The REPL over plain input (a pipe or file): no prompts, no line editing. A SIGINT stops the
 * input being evaluated and the session goes on; one while it waits for input ends the process.
 */
public final class StreamRepl {
    private StreamRepl() {
    }

    public static void run(ReplSession session, InputStream in, SigintInterrupts sigint) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while (!session.isFinished() && (line = reader.readLine()) != null) {
            String input = line;
            sigint.during(session::interrupt, () -> session.accept(input));
        }
        if (!session.isFinished()) {
            sigint.during(session::interrupt, session::endOfInput);
        }
    }
}
