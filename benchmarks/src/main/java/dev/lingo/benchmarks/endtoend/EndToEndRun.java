package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.clients.LingoProject;
import dev.lingo.benchmarks.workload.BenchServer;
import dev.lingo.benchmarks.workload.ReviewTexts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Runs the selected jobs: a small unrecorded warm-up of each client, then {@code reps} rounds of
 * the repeated jobs, then LangChain4j's sequential loop once. Every job gets a fresh server, and
 * every cold Lingo job a fresh project (so a cold cache); the warm rerun reuses the cold job's.
 */
final class EndToEndRun {
  private final EndToEndSettings s;
  private final Path scratch;
  private final List<JobResult> results = new ArrayList<>();

  EndToEndRun(EndToEndSettings s, Path scratch) {
    this.s = s;
    this.scratch = scratch;
  }

  List<JobResult> runAll() throws Exception {
    warmUp();
    for (int rep = 1; rep <= s.reps(); rep++) {
      System.out.println("round " + rep + " of " + s.reps());
      if (s.runs("floor")) {
        add(FloorJob.run(s, s.items()));
      }
      if (s.runs("lingo") || s.runs("warm") || s.runs("packing")) {
        LingoProject cold = project("cold-" + rep, s.cap(), false);
        try (BenchServer server = BenchServer.start(s.latency(), s.cap(), s.retryAfter())) {
          add(LingoJob.run("lingo", server, cold, s.items()));
          if (s.runs("warm")) {
            add(LingoJob.run("lingo-warm", server, cold, s.items()));
          }
        }
      }
      if (s.runs("lc4j")) {
        add(LangChain4jJob.run("lc4j-executor", s, s.items(), s.cap()));
      }
      if (s.runs("overload")) {
        add(LingoJob.run("lingo-overload", s, project("overload-" + rep, 2 * s.cap(), false), s.items()));
        add(LangChain4jJob.run("lc4j-overload", s, s.items(), 2 * s.cap()));
      }
      if (s.runs("packing")) {
        add(LingoJob.run("lingo-packed", s, project("packed-" + rep, s.cap(), true), s.items()));
      }
      lookaheadJobs(rep);
    }
    if (s.runs("loop")) {
      add(LangChain4jJob.run("lc4j-loop", s, s.loopItems(), 0));
    }
    return results;
  }

  /**
   * Issue 8's jobs, each followed by its floor: the bare client sending as many requests as the
   * job's server answered. A floor already measured this round for that many requests serves again.
   */
  private void lookaheadJobs(int rep) throws InterruptedException {
    Map<Integer, JobResult> floors = new HashMap<>();
    for (LookaheadJob job : LookaheadJob.ALL) {
      if (!s.runs(job.part())) {
        continue;
      }
      JobResult r = add(LingoJob.run(job, s, project(job.part() + "-" + rep, s.cap(), false), s.items()));
      if (r.calls() > 0) {
        JobResult floor = floors.get(r.calls());
        if (floor == null) {
          floor = FloorJob.run(s, r.calls());
          floors.put(r.calls(), floor);
        }
        add(floor.as(FLOOR_OF + job.part()));
      }
    }
  }

  /** The job name under which the floor of issue 8's job {@code part} is filed. */
  static final String FLOOR_OF = "floor-of-";

  private void warmUp() throws Exception {
    int n = Math.min(s.warmupItems(), s.items());
    if (n == 0) {
      return;
    }
    EndToEndSettings quick = new EndToEndSettings(n, Duration.ofMillis(5), s.cap(), s.retryAfter(), 1, n, 0, s.only(), null,
        s.schemaInPrompt());
    System.out.println("warm-up (" + n + " items, 5 ms latency, not recorded)");
    FloorJob.run(quick, n);
    // both Lingo paths the rounds measure: calls going out, and the same calls answered from the cache
    LingoProject warmUp = project("warm-up", s.cap(), false);
    try (BenchServer server = BenchServer.start(quick.latency(), quick.cap(), quick.retryAfter())) {
      LingoJob.run("warm-up", server, warmUp, n);
      LingoJob.run("warm-up", server, warmUp, n);
    }
    LangChain4jJob.run("warm-up", quick, n, s.cap());
    for (LookaheadJob job : LookaheadJob.ALL) {
      if (s.runs(job.part())) {
        LingoJob.run(job, quick, LingoProject.create(scratch, "warm-up-" + job.part(), s.cap(), false, s.schemaInPrompt(),
            ReviewTexts.texts(n)), n);
      }
    }
  }

  private LingoProject project(String name, int maxConcurrent, boolean packing) {
    return LingoProject.create(scratch, name, maxConcurrent, packing, s.schemaInPrompt(), ReviewTexts.texts(s.items()));
  }

  private JobResult add(JobResult r) {
    results.add(r);
    System.out.println(String.format(Locale.ROOT,
        "  %-15s %8.3f s  ok %d/%d  calls %d  429s %d  max in flight %d  prompt tokens/item %.1f  retries %d (min wait %d ms, early %d)  load %s",
        r.job(), r.seconds(), r.ok(), r.items(), r.calls(), r.rejected(), r.maxInFlight(),
        (double) r.promptTokens() / r.items(), r.retries().retries(), r.retries().minGapMs(), r.retries().early(),
        Machine.load()));
    return r;
  }
}
