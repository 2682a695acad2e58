package dev.lingo.benchmarks;

/** Fails a benchmark invocation whose result is wrong, so a broken run cannot report numbers. */
final class ResultCheck {
  private ResultCheck() {}

  static long expect(String what, long expected, long actual) {
    if (actual != expected) {
      throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
    }
    return actual;
  }

  static String expect(String what, String expected, String actual) {
    if (!expected.equals(actual)) {
      int at = 0;
      int common = Math.min(expected.length(), actual.length());
      while (at < common && expected.charAt(at) == actual.charAt(at)) {
        at++;
      }
      throw new IllegalStateException(what + ": expected " + expected.length() + " chars, got "
          + actual.length() + "; first difference at index " + at);
    }
    return actual;
  }
}
