package dev.lingo.benchmarks.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Where and when a run happened, for the report: a shared machine's load matters to every number. */
public final class Machine {
  private Machine() {}

  /** The 1-minute load average, or "?" off Linux. */
  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  public static String describe() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, Java " + Runtime.version() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version");
  }
}
