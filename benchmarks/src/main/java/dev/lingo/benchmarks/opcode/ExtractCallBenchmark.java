package dev.lingo.benchmarks.opcode;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3 item 8: one whole extraction, one at a time, by each client ({@link ExtractClients}),
 * against the vm's fake OpenAI server on 127.0.0.1 answering at once (same JVM), or with no
 * server at all. Every call's result is checked.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2) // HTTP clients on both ends of loopback warm up slowly
@Measurement(iterations = 5, time = 2)
public class ExtractCallBenchmark {
  @Param({"vmNoHttp", "lingoCacheHit", "vmHttp", "lingoHttp", "langchain4jHttp"})
  public String impl;

  private ReviewSamples samples;
  private ExtractClients.Client client;

  @Setup
  public void setUp() throws Exception {
    samples = new ReviewSamples();
    client = ExtractClients.open(impl, samples);
  }

  @Benchmark
  public String extract() {
    int i = samples.next();
    return samples.check(i, client.extractLine(samples.texts.get(i)));
  }

  @TearDown
  public void tearDown() throws Exception {
    client.close();
  }
}
