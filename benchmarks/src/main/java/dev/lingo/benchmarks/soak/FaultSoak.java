package dev.lingo.benchmarks.soak;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.FaultInjector;
import dev.lingo.vm.testing.FaultInjector.Served;
import dev.lingo.vm.testing.FaultSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One fault soak: {@code bin/lingo run} of the soak script over {@code items} items against a fake
 * OpenAI server that injects the faults of a seeded {@link FaultSchedule}, then a comparison of
 * every printed line with the server's own log ({@link SoakVerdict}).
 */
final class FaultSoak {
  private FaultSoak() {}

  /** One item per request (no packing), so each request's fault belongs to one item. */
  static final String CONFIG = "{\"packing\": {\"enabled\": false}}";

  /** @param timeout the script model's {@code timeoutSeconds}: timeouts and trickles are played against it */
  static SoakVerdict run(Path lingo, Path scratch, int items, long seed, double scale, Duration timeout, Duration bound)
      throws IOException, InterruptedException {
    try (FakeOpenAiServer server = new FakeOpenAiServer()) {
      FaultInjector faults = new FaultInjector(server, new FaultSchedule(seed, scale), timeout,
          SoakItems::keyOf, SoakItems::answer, SoakItems::wrongType);
      LingoProcess lingoRun = LingoProcess.project(lingo, scratch.resolve("soak-" + seed), server.apiBase(), CONFIG, timeout);
      long start = System.nanoTime();
      Process p = lingoRun.run("soak", items);
      boolean finished = p.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!finished) {
        LingoProcess.killHard(p);
        p.waitFor(30, TimeUnit.SECONDS);
      }
      List<String> lines = Files.readAllLines(lingoRun.out("soak"));
      List<String> stderr = Files.readAllLines(lingoRun.err("soak"));
      return SoakVerdict.judge(items, lines, lastServed(faults.served()), faults.served(), timeout,
          finished ? p.exitValue() : -1, seconds, stderr);
    }
  }

  /** Each item's last request: what decides whether it must be a value or an error. */
  static Map<String, Served> lastServed(List<Served> served) {
    Map<String, Served> last = new HashMap<>();
    for (Served s : served) {
      last.merge(s.key(), s, (a, b) -> a.attempt() >= b.attempt() ? a : b);
    }
    return last;
  }

  static List<String> tail(List<String> lines, int n) {
    return new ArrayList<>(lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }
}
