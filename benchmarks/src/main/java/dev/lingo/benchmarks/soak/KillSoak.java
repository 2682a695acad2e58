package dev.lingo.benchmarks.soak;

import dev.lingo.benchmarks.soak.AnswerLog.Answered;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The kill soak: {@code bin/lingo run} of the soak script over {@code items} calls (no faults),
 * killed with kill -9 once the server has written a seeded random number of replies, checked with
 * {@code lingo cache verify}, and started again, {@code kills} times; then a last run to the end.
 *
 * <p>A call is <em>completed</em> when its answer is in the cache file after the kill. The claim
 * checked: no later run asks a completed call again ({@link Kill#repaid}), and the cache passes
 * its check after every kill. Calls whose reply the server had written but the killed process had
 * not stored yet were <em>in flight at the kill</em>: they are asked again, and are counted apart
 * with how long before the kill their reply was written.
 */
final class KillSoak {
  private KillSoak() {}

  /**
   * One kill: the server's reply count it was aimed at, replies written before it, answers in the
   * cache after it, replies written but not stored (in flight), the oldest of those (ms before the
   * kill), completed calls the next run asked again, and the cache check's exit code and line.
   */
  record Kill(int target, int answeredBefore, int stored, int inFlight, double oldestInFlightMs, int repaid,
              int verifyExit, String verifyLine) {}

  record Result(int items, List<Kill> kills, int totalRequests, int finalExit, int finalRightLines, int finalVerifyExit,
                String finalVerifyLine, double seconds) {
    int repaid() {
      return kills.stream().mapToInt(Kill::repaid).sum();
    }

    boolean passed() {
      return repaid() == 0 && finalExit == 0 && finalRightLines == items && finalVerifyExit == 0
          && kills.stream().allMatch(k -> k.verifyExit() == 0);
    }
  }

  static final String CONFIG = "{\"packing\": {\"enabled\": false}, \"limits\": {\"openai\": {\"maxConcurrent\": 8}}}";

  static Result run(Path lingo, Path scratch, int items, int kills, long seed, Duration latency) throws Exception {
    long start = System.nanoTime();
    Random random = new Random(seed);
    List<Integer> targets = random.ints(1, items - items / 10).distinct().limit(kills).sorted().boxed().toList();
    List<Kill> done = new ArrayList<>();
    try (FakeOpenAiServer server = new FakeOpenAiServer()) {
      AnswerLog log = new AnswerLog(server, latency);
      LingoProcess project = LingoProcess.project(lingo, scratch.resolve("kill-" + seed), server.apiBase(), CONFIG,
          Duration.ofSeconds(30)); // no faults here: a generous timeout keeps a loaded machine's stalls from failing calls
      // a project with a lingo.json keeps its answers in its own .lingo/cache (chapter 15, the cache)
      Path cacheFile = project.project().resolve(".lingo/cache/answers.db");
      Set<String> stored = Set.of();
      int before = 0;
      int askedBefore = 0;
      for (int j = 0; j < targets.size(); j++) {
        Process p = project.run("run-" + j, items);
        int target = targets.get(j);
        while (log.total() < target && p.isAlive()) {
          Thread.sleep(2);
        }
        long killedAt = System.nanoTime();
        LingoProcess.killHard(p);
        p.waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(300); // replies already on their way are written (and logged) before the next run
        List<Answered> answered = log.answered();
        List<Answered> thisRun = answered.subList(before, answered.size());
        before = answered.size();
        List<String> asks = log.asks();
        List<String> askedThisRun = asks.subList(askedBefore, asks.size());
        askedBefore = asks.size();
        if (!Files.exists(cacheFile)) {
          throw new IllegalStateException("no cache file at " + cacheFile + " after kill " + (j + 1));
        }
        Kill kill = afterKill(project, cacheFile, target, thisRun, askedThisRun, killedAt, stored, "verify-" + j);
        done.add(kill);
        stored = CachedItems.in(cacheFile);
      }
      Process last = project.run("last", items);
      last.waitFor(10, TimeUnit.MINUTES);
      repaidBy(done, log.asks().subList(askedBefore, log.asks().size()), stored);
      int right = 0;
      List<String> lines = Files.readAllLines(project.out("last"));
      for (int i = 1; i <= items && i <= lines.size(); i++) {
        right += lines.get(i - 1).equals(SoakItems.expectedLine(i)) ? 1 : 0;
      }
      Process verify = project.start("verify-last", "cache", "verify");
      verify.waitFor(2, TimeUnit.MINUTES);
      return new Result(items, done, log.total(), last.exitValue(), right, verify.exitValue(),
          firstLine(project.out("verify-last")), (System.nanoTime() - start) / 1e9);
    }
  }

  /** What the kill left: the cache checked, what was answered and stored. {@code storedBefore}: the cache after the previous kill. */
  private static Kill afterKill(LingoProcess project, Path cacheFile, int target, List<Answered> thisRun,
                                List<String> askedThisRun, long killedAt, Set<String> storedBefore, String name) throws Exception {
    Process verify = project.start(name, "cache", "verify");
    verify.waitFor(2, TimeUnit.MINUTES);
    Set<String> storedNow = CachedItems.in(cacheFile);
    Set<String> answeredBeforeKill = new HashSet<>();
    double oldest = 0;
    int inFlight = 0;
    for (Answered a : thisRun) {
      if (a.nanos() - killedAt > 0) {
        continue;
      }
      answeredBeforeKill.add(a.key());
      if (!storedNow.contains(a.key())) {
        inFlight++;
        oldest = Math.max(oldest, (killedAt - a.nanos()) / 1e6);
      }
    }
    int repaid = (int) askedThisRun.stream().filter(storedBefore::contains).count();
    return new Kill(target, answeredBeforeKill.size(), storedNow.size(), inFlight, oldest, repaid, verify.exitValue(),
        firstLine(project.out(name)));
  }

  /** The last run's asks of answers the last kill left in the cache count against that kill. */
  private static void repaidBy(List<Kill> kills, List<String> lastRun, Set<String> stored) {
    if (kills.isEmpty()) {
      return;
    }
    int repaid = (int) lastRun.stream().filter(stored::contains).count();
    Kill k = kills.getLast();
    kills.set(kills.size() - 1, new Kill(k.target(), k.answeredBefore(), k.stored(), k.inFlight(), k.oldestInFlightMs(),
        k.repaid() + repaid, k.verifyExit(), k.verifyLine()));
  }

  private static String firstLine(Path file) throws java.io.IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.isEmpty() ? "" : lines.getFirst();
  }
}
