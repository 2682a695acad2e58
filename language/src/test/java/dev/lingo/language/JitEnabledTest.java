package dev.lingo.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/** Fails when the tests run on Truffle's fallback interpreter, e.g. because surefire lost its argLine. */
class JitEnabledTest {

    @Test
    void optimizingRuntimeIsOn() {
        try (Engine engine = Engine.create()) {
            assertNotEquals("Interpreted", engine.getImplementationName(),
                            "Truffle runs without the Graal compiler: check the JVMCI flags of the test JVM");
        }
    }

    @Test
    void compilerOptionsAreAccepted() {
        // Compiler options throw in the fallback runtime, so this only passes with the JIT on.
        try (Context context = Context.newBuilder("lingo").allowExperimentalOptions(true).option("engine.CompileImmediately", "true").build()) {
            assertEquals(6765L, context.eval("lingo", "fn fib(n) = if n < 2 { n } else { fib(n - 1) + fib(n - 2) }\nfib(20)").asLong());
        }
    }
}
