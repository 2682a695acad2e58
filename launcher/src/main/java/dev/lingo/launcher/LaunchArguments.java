package dev.lingo.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the command line into polyglot options for the Context ({@code --engine.X=Y},
 * {@code --compiler.X=Y}, {@code --log.X=Y}, {@code --lingo.X=Y}, as GraalVM launchers accept
 * them) and the rest, which picocli parses. Everything after {@code run FILE} or {@code --}
 * belongs to the script and is left alone.
 */
public record LaunchArguments(Map<String, String> polyglotOptions, List<String> commandLine) {

    private static final Pattern POLYGLOT_OPTION =
            Pattern.compile("--((?:engine|compiler|log|lingo)\\.[A-Za-z0-9_.\\-]+)(?:=(.*))?", Pattern.DOTALL);
    private static final Set<String> SUBCOMMANDS = Set.of("run", "repl", "check", "eval", "help");

    public static LaunchArguments parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        boolean sawRun = false;
        boolean scriptArgs = false;
        boolean sawPositional = false;
        for (String arg : args) {
            if (scriptArgs) {
                rest.add(arg);
                continue;
            }
            var option = POLYGLOT_OPTION.matcher(arg);
            if (option.matches()) {
                // A bare boolean option (--engine.TraceCompilation) means "true", as in GraalVM launchers.
                options.put(option.group(1), option.group(2) == null ? "true" : option.group(2));
                continue;
            }
            if (arg.equals("--")) {
                scriptArgs = true;
            } else if (!arg.startsWith("-")) {
                if (!sawPositional && !SUBCOMMANDS.contains(arg) && arg.endsWith(".lingo")) {
                    rest.add("run"); // `lingo file.lingo` is short for `lingo run file.lingo`
                    scriptArgs = true;
                } else if (sawRun) {
                    scriptArgs = true; // this is FILE: what follows are the script's own arguments
                }
                sawRun |= !sawPositional && arg.equals("run");
                sawPositional = true;
            }
            rest.add(arg);
        }
        return new LaunchArguments(Map.copyOf(options), List.copyOf(rest));
    }
}
