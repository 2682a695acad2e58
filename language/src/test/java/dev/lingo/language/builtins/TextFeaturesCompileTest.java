package dev.lingo.language.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The text features compile: with functions compiled after a few calls and a failed compilation
 * thrown, a loop over regex replacement with a function, format specs, ?. on a missing field,
 * get and named arguments gives the interpreter's result.
 */
@Timeout(120)
class TextFeaturesCompileTest {

    private static final String PROGRAM = """
                    fn label(n, unit = "x", suffix = "") = "{n:>3}{unit}{suffix}"
                    fn run(i) {
                      let r = {a: i}
                      let t = "a1b22".replaceAll(r"\\d+", m -> m.text.size + i)
                      t + "{i:05.1f}" + label(i, suffix: "!") + str(r?.b ?? get(r, "a")) + "|".padStart(2)
                    }
                    var last = ""
                    for i in 0..<300 { last = run(i) }
                    last
                    """;

    @Test
    void compiledGivesTheInterpretersResult() {
        try (Context context = Context.newBuilder("lingo").allowExperimentalOptions(true)
                        .option("engine.MultiTier", "false")
                        .option("engine.SingleTierCompilationThreshold", "20")
                        .option("engine.CompilationFailureAction", "Throw")
                        .option("engine.BackgroundCompilation", "false").build()) {
            assertEquals("a300b301299.0299x!299 |", context.eval("lingo", PROGRAM).asString());
        }
    }
}
