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
 * A record-heavy list pipeline: build n records {id, name, price, qty}, filter, map to totals,
 * sort by total and fold an order-dependent checksum (see {@link JavaRecordPipeline}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecordPipelineBenchmark extends GuestBenchmark {
  @Param({"java", "lingo", "js"})
  public String impl;

  @Param("10000")
  public long n;

  private LongUnaryOperator pipeline;
  private long expected;

  @Setup
  public void setUp() {
    expected = JavaRecordPipeline.checksumFromArrays(n);
    if (impl.equals("java")) {
      pipeline = JavaRecordPipeline::run;
    } else {
      Value function = guestFunction(impl, "record_pipeline", "pipeline");
      pipeline = x -> function.execute(x).asLong();
    }
  }

  @Benchmark
  public long pipeline() {
    return ResultCheck.expect("pipeline", expected, pipeline.applyAsLong(n));
  }
}
