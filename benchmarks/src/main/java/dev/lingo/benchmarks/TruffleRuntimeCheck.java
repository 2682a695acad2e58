package dev.lingo.benchmarks;

import org.graalvm.polyglot.Engine;

/**
 * Logs which Truffle runtime a guest runs on and refuses the fallback interpreter: its numbers
 * would say nothing about the compiled language. {@code -Dlingo.allowInterpreter=true} measures the
 * interpreter on purpose.
 */
public final class TruffleRuntimeCheck {
  public static final String ALLOW_INTERPRETER = "lingo.allowInterpreter";

  private TruffleRuntimeCheck() {}

  /** @return the runtime's name, e.g. {@code GraalVM CE} */
  public static String check(Engine engine, String language) {
    String runtime = engine.getImplementationName();
    System.out.println("[lingo-benchmarks] " + language + " runs on Truffle runtime: " + runtime
      + " (polyglot " + engine.getVersion() + ")");
    if (runtime.contains("Interpreted") && !Boolean.getBoolean(ALLOW_INTERPRETER)) {
      throw new IllegalStateException("Truffle runs its fallback interpreter (" + runtime
        + "): start the JVM with the JIT flags (see benchmarks/run.sh) or pass -D"
        + ALLOW_INTERPRETER + "=true to measure the interpreter on purpose");
    }
    return runtime;
  }
}
