package dev.lingo.launcher;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The streams a launch talks to. {@code main} passes the process streams; tests pass buffers,
 * so every command runs the same way in-process and as a real process.
 *
 * @param terminal whether {@code in}/{@code out} are an interactive terminal (REPL line editing)
 */
public record LauncherIO(InputStream in, PrintStream out, PrintStream err, boolean terminal) {

    public static LauncherIO system() {
        var console = System.console();
        return new LauncherIO(System.in, System.out, System.err, console != null && console.isTerminal());
    }
}
