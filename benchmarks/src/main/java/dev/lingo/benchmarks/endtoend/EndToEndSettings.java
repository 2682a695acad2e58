package dev.lingo.benchmarks.endtoend;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the end-to-end harness runs, from {@code --name=value} arguments (defaults: issue 4's
 * setting). {@code loopItems} below {@code items} runs LangChain4j's sequential loop on fewer
 * items and scales its time up (marked as such): the full loop alone takes items x latency.
 * {@code schemaInPrompt} (null: Lingo's default) goes into every Lingo project's lingo.json.
 */
record EndToEndSettings(int items, Duration latency, int cap, Duration retryAfter, int reps, int loopItems,
    int warmupItems, Set<String> only, String out, Boolean schemaInPrompt) {

  /** Issue 4's parts. */
  static final List<String> ISSUE4_PARTS = List.of("floor", "lingo", "warm", "lc4j", "loop", "overload", "packing");
  /** Issue 4's parts, then issue 8's ({@link LookaheadJob}: map, filter, for, cascade, chain, any). */
  static final Set<String> PARTS = Collections.unmodifiableSet(new LinkedHashSet<>(
      Stream.concat(ISSUE4_PARTS.stream(), LookaheadJob.parts().stream()).toList()));

  static EndToEndSettings parse(String... args) {
    int items = 1000;
    long latencyMs = 300;
    int cap = 32;
    long retryAfterMs = 1000;
    int reps = 3;
    Integer loopItems = null;
    int warmupItems = 64;
    Set<String> only = new LinkedHashSet<>(PARTS);
    String out = null;
    Boolean schemaInPrompt = null;
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("arguments are --name=value, not " + arg);
      }
      switch (kv[0]) {
        case "items" -> items = Integer.parseInt(kv[1]);
        case "latency-ms" -> latencyMs = Long.parseLong(kv[1]);
        case "cap" -> cap = Integer.parseInt(kv[1]);
        case "retry-after-ms" -> retryAfterMs = Long.parseLong(kv[1]);
        case "reps" -> reps = Integer.parseInt(kv[1]);
        case "loop-items" -> loopItems = Integer.parseInt(kv[1]);
        case "warmup-items" -> warmupItems = Integer.parseInt(kv[1]);
        case "only" -> only = new LinkedHashSet<>(Arrays.asList(kv[1].split(",")));
        case "out" -> out = kv[1];
        case "schema-in-prompt" -> schemaInPrompt = Boolean.parseBoolean(kv[1]);
        default -> throw new IllegalArgumentException("unknown argument --" + kv[0]
            + "; use items, latency-ms, cap, retry-after-ms, reps, loop-items, warmup-items, only, out, schema-in-prompt");
      }
    }
    if (!PARTS.containsAll(only)) {
      throw new IllegalArgumentException("--only takes some of " + PARTS + ", not " + only);
    }
    return new EndToEndSettings(items, Duration.ofMillis(latencyMs), cap, Duration.ofMillis(retryAfterMs), reps,
        loopItems == null ? items : Math.min(loopItems, items), warmupItems, Set.copyOf(only), out, schemaInPrompt);
  }

  boolean runs(String part) {
    return only.contains(part);
  }

  /** ceil(items / cap) x latency: no client can beat it. */
  Duration theoreticalFloor() {
    return latency.multipliedBy((items + cap - 1) / cap);
  }
}
