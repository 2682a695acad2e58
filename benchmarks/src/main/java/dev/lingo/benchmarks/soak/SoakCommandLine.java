package dev.lingo.benchmarks.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A soak main's command line: {@code --name=value} arguments over defaults ({@code --out=FILE} is
 * always allowed, anything else unknown is an error), and its ending: the report printed, written
 * to {@code --out}, and the exit code.
 */
final class SoakCommandLine {
  private SoakCommandLine() {}

  static Map<String, String> parse(String[] args, Map<String, String> defaults) {
    Map<String, String> a = new HashMap<>(defaults);
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      if (kv.length != 2 || !(a.containsKey(kv[0]) || kv[0].equals("out"))) {
        throw new IllegalArgumentException("unknown argument " + arg + "; use --out=FILE or one of " + defaults.keySet());
      }
      a.put(kv[0], kv[1]);
    }
    return a;
  }

  /** Prints {@code report}, writes it to {@code --out} if given, and exits 0 when the soak passed, else 1. */
  static void finish(String report, Map<String, String> a, boolean passed) throws IOException {
    System.out.println(report);
    if (a.containsKey("out")) {
      Files.writeString(Path.of(a.get("out")), report);
    }
    System.exit(passed ? 0 : 1);
  }
}
