package dev.lingo.benchmarks.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.benchmarks.clients.TempDirs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end harness at toy size (16 items, 20 ms latency, cap 3): every job runs, gets every
 * answer back in order, and the server's counts say what the report will claim.
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

    String report = EndToEndReport.markdown(s, results, "test machine");
    assertTrue(report.contains("| Lingo, plain `map` of `extract`, maxConcurrent 3 |"), report);
    assertTrue(report.contains("calls in warm rerun"), report);
  }

  private static JobResult job(List<JobResult> results, String name) {
    return results.stream().filter(r -> r.job().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
  }
}
