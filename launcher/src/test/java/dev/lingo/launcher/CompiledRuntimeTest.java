package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/** Guards the surefire argLine: without the JVMCI flags Truffle silently runs its interpreter. */
class CompiledRuntimeTest {

    @Test
    void theTestJvmRunsTheOptimizingTruffleRuntime() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            assertNotEquals("Interpreted", engine.getImplementationName(),
                    "Truffle fell back to its interpreter: check surefire's argLine (lingo.jit.args)");
        }
    }
}
