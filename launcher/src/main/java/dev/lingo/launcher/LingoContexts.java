package dev.lingo.launcher;

import dev.lingo.vm.cache.CacheLocation;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;

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
        return build(builder(languageOptions, scriptArguments).allowAllAccess(true));
    }

    /** A REPL's context: the REPL reads standard input itself, so input() says so rather than take its lines. */
    public Context createForRepl() {
        return build(builder(Map.of()).allowAllAccess(true).in(new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("the REPL reads standard input itself; input() works in `lingo run`");
            }
        }));
    }

    /**
     * A context for a program the user did not write ({@code run --sandbox}): Truffle's CONSTRAINED
     * sandbox with no file, socket, environment, host or native access. It sees only the variables
     * that choose and authorize the user's models, and reaches only their endpoints (SandboxedModels).
     */
    public Context createSandboxed(Map<String, String> languageOptions, Map<String, String> environment, String... scriptArguments) {
        var models = SandboxedModels.from(environment);
        var builder = builder(languageOptions, scriptArguments)
                // The program's input and output stay the terminal's, as the user asked: the policy
                // refuses System.in/out/err themselves, so they are passed on through streams of our own.
                .in(new java.io.FilterInputStream(io.in()) { })
                .out(passedOn(io.out()))
                .err(passedOn(io.err()))
                .sandbox(SandboxPolicy.CONSTRAINED)
                .allowIO(IOAccess.NONE)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .option("lingo.Endpoints", String.join(",", models.endpoints()))
                // the user's own cache, so a rerun does not pay again; the program reaches only its own answers there
                .option("lingo.CacheDir", CacheLocation.resolve(environment, Path.of("").toAbsolutePath()).toString());
        models.variables().forEach(builder::environment);
        return build(builder);
    }

    private static java.io.OutputStream passedOn(java.io.OutputStream out) {
        return new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws java.io.IOException {
                out.flush();
            }
        };
    }

    private Context.Builder builder(Map<String, String> languageOptions, String... scriptArguments) {
        Map<String, String> options = new java.util.HashMap<>(languageOptions);
        options.putAll(polyglotOptions);
        return Context.newBuilder(LANGUAGE_ID)
                .in(io.in())
                .out(io.out())
                .err(io.err())
                .arguments(LANGUAGE_ID, scriptArguments)
                .options(options);
    }

    private static Context build(Context.Builder builder) {
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
