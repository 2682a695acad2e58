package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.clients.LingoProject;
import dev.lingo.benchmarks.clients.LingoSession;
import dev.lingo.benchmarks.workload.BenchServer;
import java.util.Arrays;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;

/**
 * The Lingo job: {@code programs/extract_reviews.lingo} (one {@code extract} per input line from a
 * plain {@code map}) in a fresh context on the given project. The clock runs from {@code eval} to
 * the last answer read into {@code report}; the engine and context are made before it starts. A warm
 * rerun must use the cold run's server: the answer cache's key holds the server's URL (its port).
 */
final class LingoJob {
  private LingoJob() {}

  static JobResult run(String job, EndToEndSettings s, LingoProject project, int items) {
    try (BenchServer server = BenchServer.start(s.latency(), s.cap(), s.retryAfter())) {
      return run(job, server, project, items);
    }
  }

  static JobResult run(String job, BenchServer server, LingoProject project, int items) {
    try (LingoSession session = LingoSession.open(project, server.apiBase(), "on")) {
      BenchServer.Counts before = server.counts();
      long start = System.nanoTime();
      session.eval("extract_reviews");
      String report = session.global("report").asString();
      long wall = System.nanoTime() - start;
      int ok = Expected.okLines(Arrays.asList(report.split("\n", -1)), items);
      if (ok < items) {
        report.lines().filter(l -> l.startsWith("lost:")).limit(3).forEach(l -> System.out.println("  lingo " + l));
      }
      return JobResult.of(job, wall, items, ok, server, before);
    }
  }

  /**
   * One of issue 8's programs on a fresh server and the given (fresh) project, timed like the job
   * above. An error that ends the program counts every item lost (and is printed).
   */
  static JobResult run(LookaheadJob job, EndToEndSettings s, LingoProject project, int items) {
    try (BenchServer server = BenchServer.start(s.latency(), s.cap(), s.retryAfter())) {
      BenchServer.Counts before = server.counts();
      List<String> report;
      long wall;
      try (LingoSession session = LingoSession.open(project, server.apiBase(), "on")) {
        long start = System.nanoTime();
        try {
          session.eval(job.program());
          report = Arrays.asList(session.global("report").asString().split("\n", -1));
        } catch (PolyglotException e) {
          System.out.println("  " + job.part() + " failed: " + e.getMessage());
          report = List.of();
        }
        wall = System.nanoTime() - start;
      }
      List<String> expected = job.expected().apply(items);
      int ok = Expected.ok(report, expected, items);
      if (ok < items) {
        System.out.println("  " + job.part() + ": report differs from the expected one; first lines: "
            + report.subList(0, Math.min(3, report.size())));
      }
      // counted once the context is closed: a call started ahead and sent late (any) counts too
      return JobResult.of(job.part(), wall, items, ok, server, before);
    }
  }

}
