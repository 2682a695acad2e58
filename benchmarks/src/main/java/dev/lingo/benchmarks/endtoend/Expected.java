package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.workload.ExpectedReview;
import java.util.List;

/** Counts the answers that came back right and in their place, against {@link ExpectedReview}. */
final class Expected {
  private Expected() {}

  /** @param lines one line per item, in item order (a missing or failed item's line does not match) */
  static int okLines(List<String> lines, int items) {
    int ok = 0;
    for (int i = 0; i < items && i < lines.size(); i++) {
      if (ExpectedReview.of(i).line().equals(lines.get(i))) {
        ok++;
      }
    }
    return ok;
  }
}
