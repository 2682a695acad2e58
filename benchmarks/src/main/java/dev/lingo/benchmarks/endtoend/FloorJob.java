package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.clients.HttpFloor;
import dev.lingo.benchmarks.workload.BenchServer;
import dev.lingo.benchmarks.workload.ReviewTexts;
import dev.lingo.vm.testing.SampleTypes;

/** The floor measured in the same run: a bare JDK HttpClient holding exactly {@code cap} requests in flight. */
final class FloorJob {
  private FloorJob() {}

  static JobResult run(EndToEndSettings s, int items) throws InterruptedException {
    try (BenchServer server = BenchServer.start(s.latency(), s.cap(), s.retryAfter())) {
      BenchServer.Counts before = server.counts();
      HttpFloor.Result r = HttpFloor.run(server.apiBase(), SampleTypes.REVIEW, ReviewTexts.texts(items), s.cap());
      return JobResult.of("floor", r.wallNanos(), items, r.ok(), server, before);
    }
  }
}
