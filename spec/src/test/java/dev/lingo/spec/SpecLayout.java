package dev.lingo.spec;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the suite's inputs live; independent of the directory Maven or an IDE starts the JVM in. */
final class SpecLayout {
  private SpecLayout() {}

  /** The {@code spec/} module directory (surefire passes it as {@code lingo.spec.dir}). */
  static Path specDir() {
    String configured = System.getProperty("lingo.spec.dir");
    Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
    if (!Files.isDirectory(dir.resolve("tests")) && Files.isDirectory(dir.resolve("spec/tests"))) {
      dir = dir.resolve("spec"); // started from the repository root
    }
    return real(dir);
  }

  static Path testsDir() {
    return specDir().resolve("tests");
  }

  static Path examplesDir() {
    return specDir().resolveSibling("examples");
  }

  /** Examples that embed Lingo in Java; they are not standalone scripts. */
  static Path embeddingExamplesDir() {
    return examplesDir().resolve("embedding");
  }

  /** Set to 1 to rewrite every expectation from the actual output instead of comparing. */
  static boolean rebaseline() {
    return "1".equals(System.getenv("LINGO_SPEC_REBASELINE"));
  }

  private static Path real(Path dir) {
    try {
      return dir.toRealPath();
    } catch (java.io.IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }
}
