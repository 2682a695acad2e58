package dev.lingo.benchmarks.workload;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.testing.FakeModelServer.Arrival;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.FakeUsage;
import dev.lingo.vm.testing.ScriptedReply;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The vm's {@link FakeOpenAiServer} set up as the benchmarks' model: every request is answered by
 * {@link FakeReviewModel} after {@code latency}; beyond {@code cap} requests at once it answers 429
 * with {@code Retry-After} (and {@code retry-after-ms}). Counts the answered requests and the prompt
 * tokens they carried; {@link #counts()} lets a run count only its own.
 */
public final class BenchServer implements AutoCloseable {

  private final FakeOpenAiServer server = new FakeOpenAiServer();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicLong promptTokens = new AtomicLong();
  private final Duration retryAfter;

  private BenchServer(Duration latency, int cap, Duration retryAfter) {
    this.retryAfter = retryAfter;
    server.otherwise(ScriptedReply.of(200, request -> {
      JsonNode json = request.json();
      long tokens = FakeUsage.promptTokens(json);
      answered.incrementAndGet();
      promptTokens.addAndGet(tokens);
      return ChatCompletionBody.of(json, FakeReviewModel.answer(request), tokens);
    }).after(latency));
    if (cap > 0) {
      server.rejectAbove(cap, retryAfter);
    }
  }

  /** The counters at one moment, so that one server can serve two runs (the cache key holds its port). */
  public record Counts(int answered, int rejected, long promptTokens, int arrivals) {}

  public Counts counts() {
    return new Counts(answered.get(), server.rejected(), promptTokens.get(), server.arrivals().size());
  }

  /** @param cap most requests served at once (0: no cap) */
  public static BenchServer start(Duration latency, int cap, Duration retryAfter) {
    return new BenchServer(latency, cap, retryAfter);
  }

  /** An instant server with no cap. */
  public static BenchServer instant() {
    return new BenchServer(Duration.ZERO, 0, Duration.ZERO);
  }

  /** The base URL clients are given ({@code OPENAI_BASE_URL}): {@code http://127.0.0.1:PORT/v1}. */
  public URI apiBase() {
    return server.apiBase();
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Requests answered 200 (what a provider would bill). */
  public int answered() {
    return answered.get();
  }

  /** Requests turned away with 429. */
  public int rejected() {
    return server.rejected();
  }

  /** The most requests handled at once (never above the cap). */
  public int maxConcurrent() {
    return server.maxConcurrent();
  }

  public long promptTokens() {
    return promptTokens.get();
  }

  public List<Arrival> arrivals() {
    return server.arrivals();
  }

  @Override
  public void close() {
    server.close();
  }
}
