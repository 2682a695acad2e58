package dev.lingo.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;
import org.graalvm.polyglot.Value;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sums 1..n in a while loop: local variables, comparison, addition, loop back-edges. "javaExact"
 * is the Java loop with Lingo's Int semantics (overflow raises: {@link Math#addExact}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class LoopSumBenchmark extends GuestBenchmark {
  @Param({"java", "javaExact", "lingo", "js"})
  public String impl;

  @Param("10000000")
  public long n;

  private LongUnaryOperator loopSum;
  private long expected;

  @Setup
  public void setUp() {
    expected = n * (n + 1) / 2;
    if (impl.equals("java")) {
      loopSum = LoopSumBenchmark::loopSum;
    } else if (impl.equals("javaExact")) {
      loopSum = LoopSumBenchmark::loopSumExact;
    } else {
      Value function = guestFunction(impl, "loop_sum", "loopSum");
      loopSum = x -> function.execute(x).asLong();
    }
  }

  @Benchmark
  public long loopSum() {
    return ResultCheck.expect("loopSum", expected, loopSum.applyAsLong(n));
  }

  static long loopSum(long n) {
    long sum = 0;
    long i = 1;
    while (i <= n) {
      sum += i;
      i += 1;
    }
    return sum;
  }

  static long loopSumExact(long n) {
    long sum = 0;
    long i = 1;
    while (i <= n) {
      sum = Math.addExact(sum, i);
      i = Math.addExact(i, 1);
    }
    return sum;
  }
}
