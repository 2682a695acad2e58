package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.workload.ExpectedReview;
import dev.lingo.benchmarks.workload.ReviewOpcodes;
import dev.lingo.benchmarks.workload.ReviewTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Issue 8's jobs: ordinary code whose model calls the VM should keep in flight together as a
 * {@code map} does. Each is a program in {@code programs/} over the review file, leaving its result
 * in {@code report}; {@link #expected} is that report line by line for {@code n} items, from what the
 * fake model answers ({@link ReviewOpcodes}, {@link ExpectedReview}).
 *
 * @param part    the {@code --only} name
 * @param program the program's file name without {@code .lingo}
 * @param label   the row's label in the report
 */
record LookaheadJob(String part, String program, String label, IntFunction<List<String>> expected) {

  static final List<LookaheadJob> ALL = List.of(
      new LookaheadJob("map", "extract_reviews", "`xs.map(x -> extract T from x)` (reference)", LookaheadJob::reviewLines),
      new LookaheadJob("filter", "filter_check", "`xs.filter(x -> check \"…\" on x)`", LookaheadJob::evenTexts),
      new LookaheadJob("for", "for_classify", "`for x in xs { classify …; if label == \"even\" { n += 1 } }`",
          n -> List.of(Integer.toString((n + 1) / 2))),
      new LookaheadJob("cascade", "cascade_check_extract",
          "`xs.map(x -> if check \"…\" on x { extract T from x } else { null })`", LookaheadJob::cascadeLines),
      new LookaheadJob("chain", "chain_gen_extract", "`xs.map(x -> extract T from (gen from \"…{x}\"))`",
          LookaheadJob::reviewLines),
      new LookaheadJob("any", "any_check", "`xs.any(x -> check \"it is review #9\" on x)`",
          n -> List.of(Boolean.toString(n > 9))));

  static List<String> parts() {
    return ALL.stream().map(LookaheadJob::part).toList();
  }

  private static List<String> reviewLines(int n) {
    return lines(n, i -> ExpectedReview.of(i).line());
  }

  private static List<String> cascadeLines(int n) {
    return lines(n, i -> ReviewOpcodes.holds("the review number is even", i) ? ExpectedReview.of(i).line() : "-");
  }

  private static List<String> evenTexts(int n) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (ReviewOpcodes.holds("the review number is even", i)) {
        kept.add(ReviewTexts.text(i));
      }
    }
    return kept;
  }

  private static List<String> lines(int n, IntFunction<String> line) {
    List<String> lines = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lines.add(line.apply(i));
    }
    return lines;
  }
}
