package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.clients.LangChain4jClients;
import dev.lingo.benchmarks.clients.ReviewExtractor;
import dev.lingo.benchmarks.workload.BenchServer;
import dev.lingo.benchmarks.workload.ReviewTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The same job in LangChain4j AI Services: a plain loop, or a hand-written executor with a fixed
 * number of threads, at LangChain4j's default retries. A call that throws is a lost item.
 */
final class LangChain4jJob {
  private LangChain4jJob() {}

  /** @param threads 0 for a plain loop */
  static JobResult run(String job, EndToEndSettings s, int runItems, int threads) throws Exception {
    try (BenchServer server = BenchServer.start(s.latency(), s.cap(), s.retryAfter())) {
      ReviewExtractor extractor = LangChain4jClients.extractor(server.apiBase());
      List<String> texts = ReviewTexts.texts(runItems);
      Map<String, Integer> failures = new TreeMap<>();
      List<String> lines = new ArrayList<>();
      BenchServer.Counts before = server.counts();
      long start = System.nanoTime();
      if (threads == 0) {
        for (String text : texts) {
          lines.add(call(extractor, text, failures));
        }
      } else {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
          List<Future<String>> answers = new ArrayList<>();
          texts.forEach(text -> answers.add(pool.submit(() -> call(extractor, text, failures))));
          for (Future<String> f : answers) {
            lines.add(f.get());
          }
        }
      }
      long wall = System.nanoTime() - start;
      failures.forEach((kind, n) -> System.out.println("  " + job + ": " + n + " calls failed with " + kind));
      return JobResult.of(job, wall, runItems, Expected.okLines(lines, runItems), server, before);
    }
  }

  private static String call(ReviewExtractor extractor, String text, Map<String, Integer> failures) {
    try {
      return extractor.extract(text).line();
    } catch (RuntimeException e) {
      synchronized (failures) {
        failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
      }
      return "lost";
    }
  }
}
