package dev.lingo.language.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;

/**
 * The property every fuzzed text must keep: parsed and run in a context with no IO and a statement
 * limit, it ends in a value, a located syntax error or a Lingo error, never an internal error or a
 * host exception. Shared by {@link FrontEndFuzzTest} (JUnit) and the long run of
 * {@code benchmarks/run-fuzz.sh} (Jazzer's own driver, which calls {@link #fuzzerTestOneInput}).
 */
public final class LingoFuzzTarget {

    private static final Engine ENGINE = Engine.newBuilder("lingo").option("engine.WarnInterpreterOnly", "false").build();
    private static final ResourceLimits LIMITS = ResourceLimits.newBuilder().statementLimit(20_000, null).build();

    private LingoFuzzTarget() {
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        String code = data.consumeRemainingAsString();
        try (Context context = Context.newBuilder("lingo").engine(ENGINE).resourceLimits(LIMITS)
                        .out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream()).build()) {
            context.eval(Source.newBuilder("lingo", code, "fuzz.lingo").buildLiteral());
        } catch (PolyglotException e) {
            check(e, code);
        }
    }

    private static void check(PolyglotException e, String code) {
        if (e.isResourceExhausted() || e.isCancelled()) {
            return; // the statement limit, by design
        }
        if (e.isInternalError() || e.isHostException()) {
            throw new AssertionError((e.isInternalError() ? "internal error" : "host exception") + " for " + show(code) + ": " + e.getMessage(), e);
        }
        if (e.getMessage() == null || (e.isSyntaxError() && e.getSourceLocation() == null)) {
            throw new AssertionError("an error without a message or a location for " + show(code) + ": " + e.getMessage(), e);
        }
    }

    private static String show(String code) {
        String shown = code.length() > 400 ? "<" + code.length() + " chars> " + code.substring(0, 400) : code;
        return shown.replace("\n", "\\n");
    }
}
