package dev.lingo.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a run with its expectation file. A missing expectation is a failure, never "expect nothing": the
 * actual output is written in its place for a human to review. With {@code LINGO_SPEC_REBASELINE=1} every
 * expectation is rewritten instead.
 */
final class GoldenCheck {
  private GoldenCheck() {}

  /**
   * @param failuresAllowed whether a failing run may be expected ({@code .err}); examples must succeed
   */
  static void check(GoldenCase c, LingoRun run, boolean failuresAllowed) {
    if (run.failed() && !failuresAllowed) {
      fail(c.name() + " must run successfully but failed:\n" + run.output());
    }
    Path wanted = run.failed() ? c.errFile() : c.outFile();
    Path other = run.failed() ? c.outFile() : c.errFile();
    boolean missing = !Files.exists(wanted) && !Files.exists(other);
    if (SpecLayout.rebaseline() || missing) {
      write(wanted, run.output());
      delete(other);
    }
    if (run.failed()) {
      assertNoJavaLeak(c, run.output());
    }
    if (missing && !SpecLayout.rebaseline()) {
      fail(c.name() + ": no expectation yet; wrote " + wanted.getFileName() + " from this run, review it:\n"
          + run.output());
    }
    if (!Files.exists(wanted)) {
      String how = run.failed() ? "succeed" : "fail";
      assertEquals(read(other), run.output(), c.name() + " was expected to " + how);
    }
    assertEquals(read(wanted), run.output(), c.name());
  }

  private static void assertNoJavaLeak(GoldenCase c, String report) {
    for (String leak : ErrorReport.JAVA_LEAKS) {
      if (report.contains(leak)) {
        fail(c.name() + ": the error report shows Java internals (\"" + leak + "\"):\n" + report);
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
