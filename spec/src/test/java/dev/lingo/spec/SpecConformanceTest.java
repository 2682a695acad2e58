package dev.lingo.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** One dynamic test per {@code spec/tests/<area>/<case>.lingo}, named by its path. */
class SpecConformanceTest {
  private static LingoCaseRunner runner;

  @BeforeAll
  static void startEngine() {
    runner = new LingoCaseRunner(30_000);
  }

  @AfterAll
  static void stopEngine() {
    runner.close();
  }

  @TestFactory
  Stream<DynamicTest> specCases() {
    Path tests = SpecLayout.testsDir();
    List<GoldenCase> cases = GoldenCases.find(tests, p -> false);
    assertFalse(cases.isEmpty(), "no cases under " + tests);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.source().toUri(), () -> {
      // Each case gets an empty working directory, so files it writes never land in the repository.
      Path workDir = Files.createTempDirectory("lingo-spec-").toRealPath();
      try {
        GoldenCheck.check(c, runner.run(c.source(), workDir, List.of(tests, workDir)), true);
      } finally {
        deleteTree(workDir);
      }
    }));
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
