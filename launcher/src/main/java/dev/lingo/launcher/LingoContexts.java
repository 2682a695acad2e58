package dev.lingo.launcher;

import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;

/**
 * Builds the polyglot Context every command runs in. A script on the command line is trusted the
 * way a shell script is: it may read files, environment variables, start threads and call Java.
 */
public final class LingoContexts {
    public static final String LANGUAGE_ID = "lingo";

    private final LauncherIO io;
    private final Map<String, String> polyglotOptions;

    public LingoContexts(LauncherIO io, Map<String, String> polyglotOptions) {
        this.io = io;
        this.polyglotOptions = polyglotOptions;
    }

    /** @throws UsageError when a pass-through option is unknown or has a bad value */
    public Context create(String... scriptArguments) {
        return create(Map.of(), scriptArguments);
    }

    /** @param languageOptions options a command sets itself, e.g. {@code lingo.Trace}; pass-through ones win */
    public Context create(Map<String, String> languageOptions, String... scriptArguments) {
        Map<String, String> options = new java.util.HashMap<>(languageOptions);
        options.putAll(polyglotOptions);
        var builder = Context.newBuilder(LANGUAGE_ID)
                .in(io.in())
                .out(io.out())
                .err(io.err())
                .arguments(LANGUAGE_ID, scriptArguments)
                .options(options)
                .allowAllAccess(true);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            // The engine validates option names and values only here.
            boolean fastStart = Boolean.getBoolean("lingo.fastStart"); // set by bin/lingo
            throw new UsageError(e.getMessage() + (fastStart
                    ? " (compiler and tracing options need the JIT: drop --fast-start / LINGO_FAST_START)" : ""));
        }
    }

    /**
     * Closes {@code context}. A program that ended with {@code exit(code)} says so again when its
     * context closes: not an error, the code was taken where the run ended.
     */
    public static void close(Context context) {
        try {
            context.close();
        } catch (PolyglotException e) {
            if (!e.isExit()) {
                throw e;
            }
        }
    }

    public LauncherIO io() {
        return io;
    }
}
