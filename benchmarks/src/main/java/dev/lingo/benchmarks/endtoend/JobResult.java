package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.workload.BenchServer;

/**
 * One measured run of one job.
 *
 * @param job         which row of the report it belongs to
 * @param wallNanos   from the first request's start to the last answer read
 * @param items       items asked for
 * @param ok          items whose answer came back right, in the right place
 * @param calls       requests the server answered with 200 (what a provider bills)
 * @param rejected    requests it turned away with 429
 * @param maxInFlight the most requests it handled at once
 * @param promptTokens prompt tokens over the answered requests (the server's count)
 * @param retries     what the server saw of retries after 429 (single-item requests only)
 * @param arrived     requests that reached the server, answered or not (a request dropped before its answer counts)
 */
record JobResult(String job, long wallNanos, int items, int ok, int calls, int rejected, int maxInFlight,
    long promptTokens, RetryGaps retries, int arrived) {

  /** A run's result with what the server counted since {@code before} (the most in flight: since it started). */
  static JobResult of(String job, long wallNanos, int items, int ok, BenchServer server, BenchServer.Counts before) {
    BenchServer.Counts now = server.counts();
    var arrivals = server.arrivals();
    return new JobResult(job, wallNanos, items, ok, now.answered() - before.answered(), now.rejected() - before.rejected(),
        server.maxConcurrent(), now.promptTokens() - before.promptTokens(),
        RetryGaps.of(arrivals.subList(before.arrivals(), arrivals.size()), server.retryAfter()),
        arrivals.size() - before.arrivals());
  }

  /** The same measurement filed under another job (one floor run serves every job sending as many requests). */
  JobResult as(String otherJob) {
    return new JobResult(otherJob, wallNanos, items, ok, calls, rejected, maxInFlight, promptTokens, retries, arrived);
  }

  int lost() {
    return items - ok;
  }

  double seconds() {
    return wallNanos / 1e9;
  }

  /** The time for {@code fullItems} items: measured, or scaled up linearly when fewer items were run. */
  double secondsFor(int fullItems) {
    return seconds() * fullItems / items;
  }
}
