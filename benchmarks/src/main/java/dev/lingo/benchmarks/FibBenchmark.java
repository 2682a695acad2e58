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
 * Naive doubly recursive Fibonacci: calls, Int comparison and addition. "javaExact" is the Java
 * function with Lingo's Int semantics (overflow raises: {@link Math#addExact}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class FibBenchmark extends GuestBenchmark {
  @Param({"java", "javaExact", "lingo", "js"})
  public String impl;

  @Param("25")
  public int n;

  private LongUnaryOperator fib;
  private long expected;

  @Setup
  public void setUp() {
    expected = iterativeFib(n);
    if (impl.equals("java")) {
      fib = FibBenchmark::fib;
    } else if (impl.equals("javaExact")) {
      fib = FibBenchmark::fibExact;
    } else {
      Value function = guestFunction(impl, "fib", "fib");
      fib = x -> function.execute(x).asLong();
    }
  }

  @Benchmark
  public long fib() {
    return ResultCheck.expect("fib", expected, fib.applyAsLong(n));
  }

  static long fib(long n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  }

  static long fibExact(long n) {
    return n < 2 ? n : Math.addExact(fibExact(Math.subtractExact(n, 1)), fibExact(Math.subtractExact(n, 2)));
  }

  /** The expected value, computed by a different algorithm than the one measured. */
  private static long iterativeFib(int n) {
    long a = 0;
    long b = 1;
    for (int i = 0; i < n; i++) {
      long next = a + b;
      a = b;
      b = next;
    }
    return a;
  }
}
