package dev.lingo.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code examples/**}{@code /*.lingo} program (except the Java embedding examples) must run successfully
 * and print exactly its {@code .out}. It runs in its own directory, so it can read data files beside it. No
 * examples at all is allowed; an example without its expectation is not.
 */
class ExamplesConformanceTest {
  private static LingoCaseRunner runner;

  @BeforeAll
  static void startEngine() {
    runner = new LingoCaseRunner(180_000);
  }

  @AfterAll
  static void stopEngine() {
    runner.close();
  }

  @TestFactory
  Stream<DynamicTest> examples() {
    Path examples = SpecLayout.examplesDir();
    Path embedding = SpecLayout.embeddingExamplesDir();
    List<GoldenCase> cases = GoldenCases.find(examples, p -> p.startsWith(embedding));
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), c.source().toUri(), () -> {
      LingoRun run = runner.run(c.source(), c.source().getParent(), List.of(examples));
      GoldenCheck.check(c, run, false);
    }));
  }
}
