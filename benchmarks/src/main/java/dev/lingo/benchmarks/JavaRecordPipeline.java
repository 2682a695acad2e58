package dev.lingo.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The plain-Java side of {@link RecordPipelineBenchmark}. Item i is
 * {id: i, name: "item{i}", price: (i * 37) % 101 + 1, qty: i % 7}; items with qty > 0 become
 * {name, total: price * qty}; sorted by total, they fold to (acc * 31 + total) % 1_000_000_007.
 * Ties in total have equal totals, so the checksum does not depend on sort stability.
 */
final class JavaRecordPipeline {
  static final long MODULUS = 1_000_000_007L;

  record Item(long id, String name, long price, long qty) {}

  record Total(String name, long total) {}

  private JavaRecordPipeline() {}

  /** The measured baseline: same stages and intermediate lists as the guest programs. */
  static long run(long n) {
    List<Item> items = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      items.add(new Item(i, "item" + i, (i * 37) % 101 + 1, i % 7));
    }
    List<Item> kept = items.stream().filter(r -> r.qty() > 0).toList();
    List<Total> totals = kept.stream().map(r -> new Total(r.name(), r.price() * r.qty())).toList();
    List<Total> sorted = new ArrayList<>(totals);
    sorted.sort(Comparator.comparingLong(Total::total));
    long acc = 0;
    for (Total t : sorted) {
      acc = (acc * 31 + t.total()) % MODULUS;
    }
    return acc;
  }

  /** The expected checksum, computed without records or lists. */
  static long checksumFromArrays(long n) {
    long[] totals = new long[(int) n];
    int count = 0;
    for (long i = 0; i < n; i++) {
      long qty = i % 7;
      if (qty > 0) {
        totals[count++] = ((i * 37) % 101 + 1) * qty;
      }
    }
    long[] sorted = Arrays.copyOf(totals, count);
    Arrays.sort(sorted);
    long acc = 0;
    for (long total : sorted) {
      acc = (acc * 31 + total) % MODULUS;
    }
    return acc;
  }
}
