package dev.lingo.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layout must be unambiguous: no expectation without its program, no program with two expectations. */
class GoldenHygieneTest {

  @Test
  void specTestsHaveNoOrphans() {
    List<String> problems = GoldenCases.hygieneProblems(SpecLayout.testsDir(), p -> false);
    assertEquals(List.of(), problems, "spec/tests layout problems");
  }

  @Test
  void examplesHaveNoOrphans() {
    Path embedding = SpecLayout.embeddingExamplesDir();
    List<String> problems = GoldenCases.hygieneProblems(SpecLayout.examplesDir(), p -> p.startsWith(embedding));
    assertEquals(List.of(), problems, "examples layout problems");
  }
}
