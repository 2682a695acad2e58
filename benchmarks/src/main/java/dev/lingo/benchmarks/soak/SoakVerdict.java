package dev.lingo.benchmarks.soak;

import dev.lingo.vm.testing.Fault;
import dev.lingo.vm.testing.FaultInjector.Served;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a soak run printed, item by item, against what the server did. An item whose last request
 * was answered validly must print its right value; an item whose last request failed must print
 * {@code error KIND} with a {@code Model…Error} kind; every item must print exactly one line.
 *
 * @param late       items whose last request got a valid answer that the server made later than the
 *                   client's timeout (a stall of the machine): either outcome is right for them
 * @param lost       items the server answered validly in time that did not print their value
 * @param missing    items with no line (or a line out of place)
 * @param untyped    items that failed with a kind that is not a model error (e.g. an internal error)
 * @param unexpected items that printed an error although the server answered them validly, or a value after a fault
 * @param kindByFault for items that ended on a fault: the fault and the kind printed, counted
 */
record SoakVerdict(int items, int exit, boolean finished, double seconds, int requests, Map<Fault, Integer> faultCounts,
                   int values, int late, Map<String, Integer> errorKinds, Map<String, Integer> kindByFault, List<String> lost,
                   List<String> missing, List<String> untyped, List<String> unexpected, List<String> stderrTail) {

  boolean passed() {
    return finished && exit == 0 && lost.isEmpty() && missing.isEmpty() && untyped.isEmpty() && unexpected.isEmpty();
  }

  static SoakVerdict judge(int items, List<String> lines, Map<String, Served> lastServed, List<Served> served,
                           Duration timeout, int exit, double seconds, List<String> stderr) {
    Map<Fault, Integer> faultCounts = new EnumMap<>(Fault.class);
    for (Served s : served) {
      faultCounts.merge(s.fault(), 1, Integer::sum);
    }
    int values = 0;
    int late = 0;
    Map<String, Integer> errorKinds = new TreeMap<>();
    Map<String, Integer> kindByFault = new TreeMap<>();
    List<String> lost = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> untyped = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    for (int i = 1; i <= items; i++) {
      String line = i <= lines.size() ? lines.get(i - 1) : null;
      Served last = lastServed.get("item-" + i);
      Fault fault = last == null ? null : last.fault();
      boolean tooLate = fault == Fault.NONE && !last.answeredWithin(timeout);
      if (line == null || !line.startsWith(i + " ")) {
        missing.add(i + ": " + line);
        continue;
      }
      if (fault == null) {
        unexpected.add(i + " was never asked: " + line);
      } else if (line.startsWith(i + " error ")) {
        String kind = line.substring((i + " error ").length()).split(":", 2)[0];
        errorKinds.merge(kind, 1, Integer::sum);
        if (!kind.startsWith("Model") || !kind.endsWith("Error")) {
          untyped.add(line);
        }
        if (tooLate) {
          late++;
          kindByFault.merge("NONE, made too late -> " + kind, 1, Integer::sum);
        } else if (fault == Fault.NONE) {
          lost.add(line + " (the server answered it validly)");
        } else {
          kindByFault.merge(fault + " -> " + kind, 1, Integer::sum);
        }
      } else if (line.equals(SoakItems.expectedLine(i)) && fault == Fault.NONE) {
        values++;
        late += tooLate ? 1 : 0;
      } else if (fault == Fault.NONE) {
        lost.add(line + " (expected " + SoakItems.expectedLine(i) + ")");
      } else {
        unexpected.add(line + " (a value, but its last request met " + fault + ")");
      }
    }
    if (lines.size() > items) {
      missing.add((lines.size() - items) + " lines too many");
    }
    return new SoakVerdict(items, exit, exit >= 0, seconds, served.size(), faultCounts, values, late, errorKinds, kindByFault,
        lost, missing, untyped, unexpected, FaultSoak.tail(stderr, 6));
  }
}
