package dev.lingo.benchmarks.soak;

import dev.lingo.benchmarks.clients.TempDirs;
import dev.lingo.benchmarks.endtoend.Machine;
import dev.lingo.vm.testing.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fault soak (issue 10): {@code bin/lingo run} of {@code --items} extract/classify/check calls
 * against a fake OpenAI server injecting timeouts, trickles, resets, 429s, 5xx, truncation and
 * malformed answers on a seeded schedule; prints a markdown report and exits 1 when the run hung,
 * lost an answer or raised an untyped error. Arguments {@code --lingo=PATH --items=10000 --seed=1
 * --scale=1 --timeout-s=2 --bound-s=900 --out=FILE}; run it with {@code benchmarks/run-soak.sh}.
 */
public final class FaultSoakMain {
  private FaultSoakMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = SoakCommandLine.parse(args, Map.of("lingo", "bin/lingo", "items", "10000", "seed", "1", "scale", "1",
        "timeout-s", "2", "bound-s", "900"));
    Path scratch = TempDirs.create("lingo-soak");
    SoakVerdict v;
    try {
      v = FaultSoak.run(Path.of(a.get("lingo")).toAbsolutePath(), scratch, Integer.parseInt(a.get("items")),
          Long.parseLong(a.get("seed")), Double.parseDouble(a.get("scale")),
          Duration.ofSeconds(Long.parseLong(a.get("timeout-s"))), Duration.ofSeconds(Long.parseLong(a.get("bound-s"))));
    } finally {
      TempDirs.delete(scratch);
    }
    SoakCommandLine.finish(markdown(v, a, Machine.describe()), a, v.passed());
  }

  static String markdown(SoakVerdict v, Map<String, String> a, String machine) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Fault soak: %d items, seed %s, scale %s, timeoutSeconds %s, bound %s s; %s.%n%n", v.items(),
        a.get("seed"), a.get("scale"), a.get("timeout-s"), a.get("bound-s"), machine));
    s.append(String.format(Locale.ROOT, "**%s**: %s in %.1f s (exit %d), %d requests for %d calls (%d retries and re-asks).%n%n",
        v.passed() ? "passed" : "FAILED", v.finished() ? "finished" : "HUNG (killed at the bound)", v.seconds(), v.exit(),
        v.requests(), v.items(), v.requests() - v.items()));
    s.append("| fault injected | requests |\n|---|---:|\n");
    for (Fault f : Fault.values()) {
      s.append(String.format(Locale.ROOT, "| %s | %d |%n", f, v.faultCounts().getOrDefault(f, 0)));
    }
    s.append(String.format(Locale.ROOT, "%n| outcome | items |%n|---|---:|%n| right value | %d |%n", v.values()));
    v.errorKinds().forEach((k, n) -> s.append(String.format(Locale.ROOT, "| error %s | %d |%n", k, n)));
    s.append(String.format(Locale.ROOT, "| items whose last answer was valid but made later than the timeout (a value or an error both right) | %d |%n", v.late()));
    s.append(String.format(Locale.ROOT, "| lost answers (server answered validly in time, no value) | %d |%n", v.lost().size()));
    s.append(String.format(Locale.ROOT, "| missing lines | %d |%n| untyped errors | %d |%n| value after a final fault, or never asked | %d |%n",
        v.missing().size(), v.untyped().size(), v.unexpected().size()));
    s.append("\n| last fault of a failed item -> error kind | items |\n|---|---:|\n");
    v.kindByFault().forEach((k, n) -> s.append(String.format(Locale.ROOT, "| %s | %d |%n", k, n)));
    for (var problem : List.of(v.lost(), v.missing(), v.untyped(), v.unexpected())) {
      problem.stream().limit(10).forEach(p -> s.append("\n    ").append(p));
    }
    s.append("\n\nThe run's stderr ends:\n");
    v.stderrTail().forEach(l -> s.append("\n    ").append(l));
    return s.append('\n').toString();
  }
}
