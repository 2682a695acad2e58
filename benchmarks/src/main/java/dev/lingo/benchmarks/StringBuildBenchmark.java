package dev.lingo.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
 * Builds a string by appending n pieces "{i}," to an immutable string variable. The "java"
 * baseline does the same with {@code s += piece}; "javaBuilder" shows what a StringBuilder
 * (the idiomatic Java way) costs, as a lower bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class StringBuildBenchmark extends GuestBenchmark {
  @Param({"java", "javaBuilder", "lingo", "js"})
  public String impl;

  @Param("10000")
  public int n;

  private IntFunction<String> build;
  private String expected;

  @Setup
  public void setUp() {
    expected = withBuilder(n);
    switch (impl) {
      case "java" -> build = StringBuildBenchmark::withConcat;
      case "javaBuilder" -> build = StringBuildBenchmark::withBuilder;
      default -> {
        Value function = guestFunction(impl, "string_build", "buildString");
        build = x -> function.execute(x).asString();
      }
    }
  }

  @Benchmark
  public String buildString() {
    return ResultCheck.expect("buildString", expected, build.apply(n));
  }

  static String withConcat(int n) {
    String s = "";
    int i = 0;
    while (i < n) {
      s += i + ",";
      i += 1;
    }
    return s;
  }

  static String withBuilder(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i).append(',');
    }
    return s.toString();
  }
}
