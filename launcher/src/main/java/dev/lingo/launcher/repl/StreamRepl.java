package dev.lingo.launcher.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The REPL over plain input (a pipe or file): no prompts, no line editing. */
public final class StreamRepl {
    private StreamRepl() {
    }

    public static void run(ReplSession session, InputStream in) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while (!session.isFinished() && (line = reader.readLine()) != null) {
            session.accept(line);
        }
        if (!session.isFinished()) {
            session.endOfInput();
        }
    }
}
