package dev.lingo.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/** Guards the surefire argLine: without the JVMCI flags Truffle silently falls back to its interpreter. */
class JitRuntimeTest {

    @Test
    void optimizingRuntimeIsOn() {
        try (Engine engine = Engine.create("lingo")) {
            assertNotEquals("Interpreted", engine.getImplementationName(),
                            "Truffle runs its fallback interpreter: check -XX:+EnableJVMCI and --upgrade-module-path");
        }
    }
}
