package dev.lingo.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every benchmark body once per implementation, outside JMH, so a program that stopped
 * parsing or computing the right answer fails {@code mvn verify} instead of the next JMH run.
 * Each body checks its own result; the asserts here only pin the sizes the README reports.
 */
class BenchmarkProgramsTest {
  @ParameterizedTest
  @ValueSource(strings = {"java", "javaExact", "lingo", "js"})
  void fib(String impl) {
    FibBenchmark benchmark = new FibBenchmark();
    benchmark.impl = impl;
    benchmark.n = 25;
    benchmark.setUp();
    try {
      assertEquals(75025, benchmark.fib());
    } finally {
      benchmark.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"java", "javaExact", "lingo", "js"})
  void loopSum(String impl) {
    LoopSumBenchmark benchmark = new LoopSumBenchmark();
    benchmark.impl = impl;
    benchmark.n = 1_000_000;
    benchmark.setUp();
    try {
      assertEquals(500_000_500_000L, benchmark.loopSum());
    } finally {
      benchmark.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"java", "javaBuilder", "lingo", "js"})
  void buildString(String impl) {
    StringBuildBenchmark benchmark = new StringBuildBenchmark();
    benchmark.impl = impl;
    benchmark.n = 10_000;
    benchmark.setUp();
    try {
      String s = benchmark.buildString();
      assertEquals(48_890, s.length());
      assertEquals("0,1,2,", s.substring(0, 6));
    } finally {
      benchmark.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"java", "lingo", "js"})
  void recordPipeline(String impl) {
    RecordPipelineBenchmark benchmark = new RecordPipelineBenchmark();
    benchmark.impl = impl;
    benchmark.n = 10_000;
    benchmark.setUp();
    try {
      benchmark.pipeline();
    } finally {
      benchmark.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"lingo", "js"})
  void aWrongResultFailsTheInvocation(String impl) {
    FibBenchmark benchmark = new FibBenchmark();
    benchmark.impl = impl;
    benchmark.n = 25;
    benchmark.setUp();
    try {
      benchmark.n = 24;
      assertThrows(IllegalStateException.class, benchmark::fib);
    } finally {
      benchmark.tearDown();
    }
  }
}
