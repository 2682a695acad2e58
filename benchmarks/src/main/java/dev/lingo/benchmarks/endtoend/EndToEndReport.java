package dev.lingo.benchmarks.endtoend;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The measured runs as the markdown tables of benchmarks/README.md (medians over the rounds). */
final class EndToEndReport {
  private final EndToEndSettings s;
  private final List<JobResult> results;
  private final StringBuilder out = new StringBuilder();

  private EndToEndReport(EndToEndSettings s, List<JobResult> results) {
    this.s = s;
    this.results = results;
  }

  static String markdown(EndToEndSettings s, List<JobResult> results, String machine) {
    EndToEndReport r = new EndToEndReport(s, results);
    r.line("Setting: %d items, %d ms latency, cap %d concurrent (429 + Retry-After %d ms beyond), %d round(s); %s.",
        s.items(), s.latency().toMillis(), s.cap(), s.retryAfter().toMillis(), s.reps(), machine);
    if (s.schemaInPrompt() != null) {
      r.line("Lingo projects set \"schemaInPrompt\": %s in lingo.json.", s.schemaInPrompt());
    }
    r.line("Theoretical floor ceil(%d/%d) x %d ms = %.2f s.%n", s.items(), s.cap(), s.latency().toMillis(),
        s.theoreticalFloor().toMillis() / 1000.0);
    r.throughput();
    r.overload();
    r.warm();
    r.packing();
    r.lookahead();
    return r.out.toString();
  }

  private void throughput() {
    if (Stream.of("floor", "lingo", "lc4j-executor", "lc4j-loop").allMatch(job -> median(job) == null)) {
      return;
    }
    JobResult floor = median("floor");
    line("| client | wall time (median, range) | vs measured floor | vs theoretical | calls | 429s | most in flight | lost |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|");
    row("bare JDK HttpClient, exactly %d in flight (floor)".formatted(s.cap()), "floor", floor);
    row("Lingo, plain `map` of `extract`, maxConcurrent %d".formatted(s.cap()), "lingo", floor);
    row("LangChain4j AI Services, %d-thread executor".formatted(s.cap()), "lc4j-executor", floor);
    row("LangChain4j AI Services, plain loop", "lc4j-loop", floor);
    line("");
  }

  private void row(String label, String job, JobResult floor) {
    JobResult m = median(job);
    if (m == null) {
      return;
    }
    double t = m.secondsFor(s.items());
    String scaled = m.items() < s.items() ? " (%d items run, scaled)".formatted(m.items()) : "";
    line("| %s | %.2f s%s%s | %s | %.2fx | %d | %d | %d | %d |", label, t, range(job), scaled,
        floor == null ? "-" : "%.3fx".formatted(t / floor.secondsFor(s.items())),
        t / (s.theoreticalFloor().toMillis() / 1000.0), m.calls(), m.rejected(), m.maxInFlight(), m.lost());
  }

  private void overload() {
    if (median("lingo-overload") == null) {
      return;
    }
    line("Demand of %d against the cap of %d:%n", 2 * s.cap(), s.cap());
    line("| client | wall time (median, range) | calls | 429s | retries | shortest wait after a 429 | retries sooner than Retry-After | lost |");
    line("|---|---:|---:|---:|---:|---:|---:|---:|");
    overloadRow("Lingo, maxConcurrent %d".formatted(2 * s.cap()), "lingo-overload");
    overloadRow("LangChain4j, %d-thread executor, default retries".formatted(2 * s.cap()), "lc4j-overload");
    line("");
  }

  private void overloadRow(String label, String job) {
    JobResult m = median(job);
    if (m != null) {
      line("| %s | %.2f s%s | %d | %d | %d | %d ms | %d | %d (%.1f%%) |", label, m.seconds(), range(job), m.calls(),
          m.rejected(), m.retries().retries(), m.retries().minGapMs(), m.retries().early(), m.lost(),
          100.0 * m.lost() / m.items());
    }
  }

  private void warm() {
    JobResult cold = median("lingo");
    JobResult warm = median("lingo-warm");
    if (cold != null && warm != null) {
      line("| cold run | warm rerun (same cache) | calls in warm rerun | speed-up |");
      line("|---:|---:|---:|---:|");
      List<JobResult> warmRuns = runs("lingo-warm");
      String range = warmRuns.size() < 2 ? "" : " (%.0f-%.0f)".formatted(warmRuns.getFirst().seconds() * 1000,
          warmRuns.getLast().seconds() * 1000);
      line("| %.2f s | %.1f ms%s | %d | %.0fx |%n", cold.seconds(), warm.seconds() * 1000, range,
          warm.calls(), cold.seconds() / warm.seconds());
    }
  }

  private void packing() {
    JobResult single = median("lingo");
    JobResult packed = median("lingo-packed");
    if (single == null || packed == null) {
      return;
    }
    line("| run | requests | prompt tokens | prompt tokens per item | wall time |");
    line("|---|---:|---:|---:|---:|");
    line("| one request per item | %d | %d | %.1f | %.2f s |", single.calls(), single.promptTokens(),
        (double) single.promptTokens() / single.items(), single.seconds());
    line("| packing on (lingo.json defaults) | %d | %d | %.1f | %.2f s |", packed.calls(), packed.promptTokens(),
        (double) packed.promptTokens() / packed.items(), packed.seconds());
    if (packed.calls() >= packed.items()) {
      line("%nPacking is not in this build of the VM (one request per item): pending.");
    } else {
      line("%nPacking spends %.1fx fewer prompt tokens per item.", (double) single.promptTokens() / packed.promptTokens());
    }
  }

  /**
   * Issue 8: each job against the plain {@code map} and against its own floor (the bare client
   * sending as many requests as the job's server answered, measured in the same round).
   */
  private void lookahead() {
    List<LookaheadJob> jobs = LookaheadJob.ALL.stream().filter(j -> median(j.part()) != null).toList();
    if (jobs.isEmpty()) {
      return;
    }
    JobResult map = median("map");
    line("%n| job (`--only` name) | requests | wall time (median, range) | vs `map` | vs `map`, per request | floor: bare client, same requests, %d in flight | vs floor | most in flight | 429s | lost |",
        s.cap());
    line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (LookaheadJob job : jobs) {
      JobResult m = median(job.part());
      JobResult floor = median(EndToEndRun.FLOOR_OF + job.part());
      line("| %s (`%s`) | %d | %.2f s%s | %s | %s | %s | %s | %d | %d | %d |", job.label(), job.part(), m.calls(), m.seconds(),
          rawRange(job.part()), map == null ? "-" : "%.3fx".formatted(m.seconds() / map.seconds()),
          map == null ? "-" : "%.3fx".formatted((m.seconds() / m.calls()) / (map.seconds() / map.calls())),
          floor == null ? "-" : "%.2f s%s".formatted(floor.seconds(), rawRange(EndToEndRun.FLOOR_OF + job.part())),
          floor == null ? "-" : "%.3fx".formatted(m.seconds() / floor.seconds()), m.maxInFlight(), m.rejected(), m.lost());
    }
    JobResult any = median("any");
    if (any != null) {
      line("%n`any`: %d requests reached the server (%d answered) for %d items (target: at most 2 x %d = %d).", any.arrived(),
          any.calls(), any.items(), s.cap(), 2 * s.cap());
    }
  }

  /** The run of {@code job} with the median wall time (the lower one of an even count), or null. */
  private JobResult median(String job) {
    List<JobResult> runs = runs(job);
    return runs.isEmpty() ? null : runs.get((runs.size() - 1) / 2);
  }

  private String range(String job) {
    List<JobResult> runs = runs(job);
    if (runs.size() < 2) {
      return "";
    }
    double scale = runs.getFirst().secondsFor(s.items()) / runs.getFirst().seconds();
    return " (%.2f-%.2f)".formatted(runs.getFirst().seconds() * scale, runs.getLast().seconds() * scale);
  }

  /** The range of wall times as measured (no scaling to the full item count). */
  private String rawRange(String job) {
    List<JobResult> runs = runs(job);
    return runs.size() < 2 ? "" : " (%.2f-%.2f)".formatted(runs.getFirst().seconds(), runs.getLast().seconds());
  }

  private List<JobResult> runs(String job) {
    return results.stream().filter(r -> r.job().equals(job)).sorted(Comparator.comparingLong(JobResult::wallNanos)).toList();
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
