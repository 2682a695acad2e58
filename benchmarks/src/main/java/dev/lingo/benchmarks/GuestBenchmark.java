package dev.lingo.benchmarks;

import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The guest half of a benchmark that runs one body in plain Java and in a guest language: the
 * program is loaded once per trial (in its own engine, see {@link GuestProgram}) and closed after.
 */
public abstract class GuestBenchmark {

  private GuestProgram guest;

  /** Function {@code name} of {@code programs/<program>} in {@code language} ("lingo" or "js"). */
  protected Value guestFunction(String language, String program, String name) {
    guest = GuestProgram.load(language, program);
    return guest.function(name);
  }

  @TearDown
  public void tearDown() {
    if (guest != null) {
      guest.close();
      guest = null;
    }
  }
}
