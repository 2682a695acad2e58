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

  /**
   * Items whose answer came back right in a report expected to read {@code expected}: all of them
   * when it does; when not, the matching lines of a report with one line per item, or none of them
   * for a report that sums the items up (a filter's survivors, a count, a yes or no).
   */
  static int ok(List<String> report, List<String> expected, int items) {
    if (report.equals(expected)) {
      return items;
    }
    int ok = 0;
    if (expected.size() == items) {
      for (int i = 0; i < items && i < report.size(); i++) {
        if (expected.get(i).equals(report.get(i))) {
          ok++;
        }
      }
    }
    return ok;
  }
}
