package dev.lingo.spec;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;

/** Guards the surefire argLine: without the JVMCI flags the suite would silently run on the slow fallback. */
class OptimizingRuntimeTest {

  @Test
  void suiteRunsOnTheOptimizingTruffleRuntime() {
    try (Engine engine = Engine.newBuilder("lingo").build()) {
      assertNotEquals("Interpreted", engine.getImplementationName(),
          "the Graal compiler is not active; check surefire.argLine (lingo.jit.args)");
    }
  }
}
