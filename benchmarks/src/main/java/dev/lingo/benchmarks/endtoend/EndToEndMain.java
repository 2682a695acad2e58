package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.clients.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Issue 4 item 9, end to end: 1,000 {@code extract} calls against a fake OpenAI-compatible server
 * with 300 ms latency and 32 concurrent requests (429 + Retry-After beyond), by Lingo, by a bare
 * JDK HttpClient floor and by LangChain4j AI Services; 64-way demand; the warm rerun; packing.
 * A plain main with its own repetitions, not JMH: each job takes seconds and is measured once per
 * round, as a user would time it. Arguments: see {@link EndToEndSettings}; run it with
 * {@code benchmarks/run-endtoend.sh}.
 */
public final class EndToEndMain {
  private EndToEndMain() {}

  public static void main(String[] args) throws Exception {
    EndToEndSettings s = EndToEndSettings.parse(args);
    String machine = Machine.describe() + ", load at start " + Machine.load();
    Path scratch = TempDirs.create("lingo-bench-e2e");
    try {
      List<JobResult> results = new EndToEndRun(s, scratch).runAll();
      String report = EndToEndReport.markdown(s, results, machine + ", at end " + Machine.load());
      System.out.println();
      System.out.println(report);
      if (s.out() != null) {
        Files.writeString(Path.of(s.out()), report);
      }
    } finally {
      TempDirs.delete(scratch);
    }
    System.exit(0); // LangChain4j's and the fake server's pools hold non-daemon threads
  }
}
