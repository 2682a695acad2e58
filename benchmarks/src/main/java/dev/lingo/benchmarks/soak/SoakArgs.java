package dev.lingo.benchmarks.soak;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} arguments over defaults; {@code --out=FILE} is always allowed, anything else unknown is an error. */
final class SoakArgs {
  private SoakArgs() {}

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
}
