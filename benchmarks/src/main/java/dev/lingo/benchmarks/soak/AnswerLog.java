package dev.lingo.benchmarks.soak;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.ScriptedReply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A healthy fake provider for the kill soak that counts requests per prompt: every request for an
 * item gets its right answer after {@code latency}, and the moment its reply is written is logged.
 */
final class AnswerLog {

  /** A reply written for {@code key} at {@code nanos} ({@link System#nanoTime()}). */
  record Answered(String key, long nanos) {}

  private final ConcurrentLinkedQueue<Answered> answered = new ConcurrentLinkedQueue<>();
  private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> asks = new ConcurrentLinkedQueue<>();
  private final AtomicInteger total = new AtomicInteger();

  AnswerLog(FakeOpenAiServer server, Duration latency) {
    server.route("POST", "/v1/chat/completions", request -> {
      String key = SoakItems.keyOf(request);
      asked.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      asks.add(key);
      return ScriptedReply.of(200, r -> {
        answered.add(new Answered(key, System.nanoTime())); // the body is made as it is written
        total.incrementAndGet();
        return server.completionBody(r, SoakItems.answer(r), "stop");
      }).after(latency);
    });
  }

  /** Replies written so far, all runs together. */
  int total() {
    return total.get();
  }

  /** The prompt of every request, in arrival order, all runs together. */
  List<String> asks() {
    return List.copyOf(asks);
  }

  List<Answered> answered() {
    return List.copyOf(answered);
  }

  /** How often each prompt was asked, all runs together. */
  Map<String, Integer> askedPerPrompt() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    asked.forEach((k, n) -> counts.put(k, n.get()));
    return counts;
  }
}
