package dev.lingo.benchmarks.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.benchmarks.clients.TempDirs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end harness at toy size (16 items, 20 ms latency, cap 3): every job runs, gets every
 * answer back in order, and the server's counts say what the report will claim. Issue 8's jobs send
 * exactly the requests their programs ask for, and {@code any} stops before the end of the list.
 */
class EndToEndHarnessTest {

  @Test
  void everyJobRunsAndCountsWhatTheServerSaw() throws Exception {
    EndToEndSettings s = EndToEndSettings.parse("--items=16", "--latency-ms=20", "--cap=3", "--retry-after-ms=100",
        "--reps=1", "--loop-items=4", "--warmup-items=0");
    Path scratch = TempDirs.create("lingo-bench-e2e-test");
    List<JobResult> results;
    try {
      results = new EndToEndRun(s, scratch).runAll();
    } finally {
      TempDirs.delete(scratch);
    }
    for (JobResult r : results) {
      assertEquals(r.items(), r.ok(), r.job() + " lost answers");
      assertTrue(r.maxInFlight() <= 3, r.job() + " saw more than the cap at once");
    }
    assertEquals(16, job(results, "floor").calls());
    assertEquals(16, job(results, "lingo").calls());
    assertEquals(0, job(results, "lingo-warm").calls(), "the warm rerun must be answered by the cache");
    assertEquals(0, job(results, "lingo-overload").retries().early(), "Lingo retried before Retry-After");
    assertEquals(4, job(results, "lc4j-loop").items());

    // issue 8: every job got its answers back (checked above) and sent what its program asks for
    assertEquals(16, job(results, "map").calls());
    assertEquals(16, job(results, "filter").calls());
    assertEquals(16, job(results, "for").calls());
    assertEquals(16 + 8, job(results, "cascade").calls(), "a check per item, an extract on the even half");
    assertEquals(32, job(results, "chain").calls(), "a gen and an extract per item");
    assertTrue(job(results, "any").arrived() < 16, "any must stop before the end: " + job(results, "any").arrived());
    for (String part : LookaheadJob.parts()) {
      JobResult floor = job(results, EndToEndRun.FLOOR_OF + part);
      assertEquals(job(results, part).calls(), floor.calls(), "the floor of " + part + " sends as many requests");
    }

    String report = EndToEndReport.markdown(s, results, "test machine");
    assertTrue(report.contains("| `xs.filter(x -> check \"…\" on x)` (`filter`) | 16 |"), report);
    assertTrue(report.contains("| Lingo, plain `map` of `extract`, maxConcurrent 3 |"), report);
    assertTrue(report.contains("calls in warm rerun"), report);
  }

  private static JobResult job(List<JobResult> results, String name) {
    return results.stream().filter(r -> r.job().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
  }
}
