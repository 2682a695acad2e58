package dev.lingo.benchmarks.endtoend;

import dev.lingo.benchmarks.workload.ReviewTexts;
import dev.lingo.vm.testing.FakeModelServer.Arrival;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server saw of retries: for every item, the time between one attempt's arrival and the
 * next attempt of the same item. Only rejected attempts are followed by another one (answers are
 * final, items are all different), so each gap is how long the client waited after a 429 carrying
 * {@code Retry-After}. Packed requests (several items) are left out.
 *
 * @param retries     attempts after the first, over all items
 * @param minGapMs    the shortest such wait, or -1 when there was no retry
 * @param early       retries that came sooner than {@code Retry-After} allowed
 */
record RetryGaps(int retries, long minGapMs, int early) {

  static final RetryGaps NONE = new RetryGaps(0, -1, 0);

  static RetryGaps of(List<Arrival> arrivals, Duration retryAfter) {
    Map<Integer, List<Long>> byItem = new HashMap<>();
    for (Arrival a : arrivals) {
      List<Integer> numbers = ReviewTexts.numbersIn(a.request().body());
      if (numbers.size() == 1) {
        byItem.computeIfAbsent(numbers.getFirst(), k -> new ArrayList<>()).add(a.nanos());
      }
    }
    int retries = 0;
    int early = 0;
    long minGap = Long.MAX_VALUE;
    for (List<Long> times : byItem.values()) {
      times.sort(null);
      for (int k = 1; k < times.size(); k++) {
        long gap = times.get(k) - times.get(k - 1);
        retries++;
        minGap = Math.min(minGap, gap);
        if (gap < retryAfter.toNanos()) {
          early++;
        }
      }
    }
    return retries == 0 ? NONE : new RetryGaps(retries, minGap / 1_000_000, early);
  }
}
