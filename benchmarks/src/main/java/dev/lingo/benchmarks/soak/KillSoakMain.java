package dev.lingo.benchmarks.soak;

import dev.lingo.benchmarks.clients.TempDirs;
import dev.lingo.benchmarks.endtoend.Machine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The kill soak (issue 10, {@link KillSoak}): kill -9 at {@code --kills} seeded random points of a
 * {@code --items}-call run; prints a markdown report and exits 1 when a rerun re-paid a completed
 * call or the cache failed its check. Arguments {@code --lingo=PATH --items=1000 --kills=20 --seed=1
 * --latency-ms=30 --out=FILE}; run it with {@code benchmarks/run-kill-soak.sh}.
 */
public final class KillSoakMain {
  private KillSoakMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = SoakCommandLine.parse(args, Map.of("lingo", "bin/lingo", "items", "1000", "kills", "20", "seed", "1",
        "latency-ms", "30"));
    Path scratch = TempDirs.create("lingo-kill-soak");
    KillSoak.Result r;
    try {
      r = KillSoak.run(Path.of(a.get("lingo")).toAbsolutePath(), scratch, Integer.parseInt(a.get("items")),
          Integer.parseInt(a.get("kills")), Long.parseLong(a.get("seed")), Duration.ofMillis(Long.parseLong(a.get("latency-ms"))));
    } finally {
      TempDirs.delete(scratch);
    }
    SoakCommandLine.finish(markdown(r, a, Machine.describe()), a, r.passed());
  }

  static String markdown(KillSoak.Result r, Map<String, String> a, String machine) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "Kill soak: %d calls, %d kills, seed %s, server latency %s ms, 8 in flight; %s.%n%n",
        r.items(), r.kills().size(), a.get("seed"), a.get("latency-ms"), machine));
    s.append(String.format(Locale.ROOT, "**%s**: %d completed calls re-paid; %d requests in all for %d calls (%d for calls in flight at a kill);"
            + " the last run exited %d with %d/%d right lines; last `lingo cache verify`: exit %d, \"%s\"; %.1f s in all.%n%n",
        r.passed() ? "passed" : "FAILED", r.repaid(), r.totalRequests(), r.items(), r.totalRequests() - r.items(), r.finalExit(),
        r.finalRightLines(), r.items(), r.finalVerifyExit(), r.finalVerifyLine(), r.seconds()));
    s.append("| kill | at reply # | replies written before it (this run) | answers in the cache after it | in flight (written, not stored) | oldest of those | completed calls asked again | `cache verify` |\n");
    s.append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (int i = 0; i < r.kills().size(); i++) {
      KillSoak.Kill k = r.kills().get(i);
      s.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %.0f ms | %d | exit %d |%n", i + 1, k.target(), k.answeredBefore(),
          k.stored(), k.inFlight(), k.oldestInFlightMs(), k.repaid(), k.verifyExit()));
    }
    return s.toString();
  }
}
