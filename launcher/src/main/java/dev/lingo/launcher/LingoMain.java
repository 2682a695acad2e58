package dev.lingo.launcher;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code lingo} command (bin/lingo runs this class). */
public final class LingoMain {
    private LingoMain() {
    }

    public static void main(String[] args) {
        int code = execute(LauncherIO.system(), args);
        System.out.flush();
        // exit() also ends threads a program left running (model calls in flight).
        System.exit(code);
    }

    /** Runs one command line against {@code io} and returns its exit code; never calls System.exit. */
    public static int execute(LauncherIO io, String... args) {
        var launch = LaunchArguments.parse(args);
        var root = new LingoCommand(new LingoContexts(io, launch.polyglotOptions()));
        var commandLine = new CommandLine(root)
                .setOut(new PrintWriter(io.out(), true))
                .setErr(new PrintWriter(io.err(), true))
                .setParameterExceptionHandler((e, ignored) -> usageError(io, e))
                .setExecutionExceptionHandler((e, command, parseResult) -> {
                    if (e instanceof UsageError) {
                        return root.reporter().usage(e.getMessage());
                    } else if (e instanceof MalformedSourceError malformed) {
                        return root.reporter().malformed(malformed);
                    }
                    return root.reporter().reportBug(e);
                });
        // After `run FILE` every word belongs to the program, even ones that look like options.
        commandLine.getSubcommands().get("run").setStopAtPositional(true);
        try {
            return commandLine.execute(launch.commandLine().toArray(String[]::new));
        } catch (OutOfMemoryError e) {
            return root.reporter().outOfMemory(); // picocli passes Errors on; the program's values are gone by now
        }
    }

    /** A short message and a pointer to --help; the full usage text would bury the message. */
    private static int usageError(LauncherIO io, CommandLine.ParameterException e) {
        io.err().println("lingo: " + e.getMessage());
        var suggestions = new PrintWriter(io.err(), true);
        CommandLine.UnmatchedArgumentException.printSuggestions(e, suggestions);
        suggestions.flush();
        io.err().println("Try `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage.");
        return ExitCodes.USAGE_ERROR;
    }
}
