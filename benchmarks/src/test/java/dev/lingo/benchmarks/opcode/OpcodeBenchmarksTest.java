package dev.lingo.benchmarks.opcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.benchmarks.workload.ExpectedReview;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Runs every opcode benchmark body a few times outside JMH, so a client that stopped working (or
 * started answering wrongly) fails {@code mvn verify} rather than the next benchmark run.
 */
class OpcodeBenchmarksTest {

  @Test
  void stepsProduceCheckedResults() {
    OpcodeStepsBenchmark b = new OpcodeStepsBenchmark();
    b.setUp();
    // the samples cycle: rendering takes review #0, parsing #1, the whole opcode #2
    assertEquals(2, b.renderPrompt().messages().size());
    assertTrue(b.buildSchema().schema().path("properties").has("stars"));
    assertEquals(ExpectedReview.of(1).stars(), b.parseAndValidate().get("stars").asInt());
    assertEquals(ExpectedReview.of(2).line(), b.opcodeWithoutHttp());
  }

  @ParameterizedTest
  @ValueSource(strings = {"vmNoHttp", "lingoCacheHit", "vmHttp", "lingoHttp", "langchain4jHttp"})
  void everyClientExtractsTheRightReviews(String impl) throws Exception {
    ExtractCallBenchmark b = new ExtractCallBenchmark();
    b.impl = impl;
    b.setUp();
    try {
      for (int i = 0; i < 3; i++) {
        assertEquals(ExpectedReview.of(i).line(), b.extract());
      }
    } finally {
      b.tearDown();
    }
  }

  @Test
  void aWrongAnswerFailsTheInvocation() {
    ReviewSamples samples = new ReviewSamples();
    assertThrows(IllegalStateException.class, () -> samples.check(0, ExpectedReview.of(1).line()));
  }
}
