package dev.lingo.benchmarks.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.benchmarks.clients.TempDirs;
import dev.lingo.vm.testing.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fault soak and the kill soak at CI size, each a real {@code bin/lingo} process against the
 * fake OpenAI server: 300 calls through the full fault mix (no hang, no lost answer, only typed
 * errors), and 3 kill -9s of a 200-call run (no completed call paid twice, the cache sound).
 */
class FaultSoakTest {

  private static final Path LINGO = Path.of("..", "bin", "lingo").toAbsolutePath().normalize();

  @Test
  void threeHundredCallsThroughEveryFaultLoseNoAnswerAndFailOnlyWithTypedErrors() throws Exception {
    assertTrue(Files.isExecutable(LINGO), "no " + LINGO);
    Path scratch = TempDirs.create("lingo-soak-test");
    try {
      // 4 s, not the full soak's 2 s: a CI machine busy with other builds can stall a cold JVM that long
      SoakVerdict v = FaultSoak.run(LINGO, scratch, 300, 1, 1, Duration.ofSeconds(4), Duration.ofSeconds(150));
      String report = FaultSoakMain.markdown(v, Map.of("seed", "1", "scale", "1", "timeout-s", "4", "bound-s", "150"), "test");
      assertTrue(v.passed(), report);
      for (Fault f : Fault.values()) {
        assertTrue(v.faultCounts().getOrDefault(f, 0) > 0, "seed 1 injects every fault at 300 calls: " + report);
      }
      assertEquals(300, v.values() + v.errorKinds().values().stream().mapToInt(Integer::intValue).sum(), report);
    } finally {
      TempDirs.delete(scratch);
    }
  }

  @Test
  void aRunKilledThreeTimesPaysForNoCompletedCallTwiceAndItsCachePassesItsCheck() throws Exception {
    Path scratch = TempDirs.create("lingo-kill-soak-test");
    try {
      KillSoak.Result r = KillSoak.run(LINGO, scratch, 200, 3, 1, Duration.ofMillis(30));
      String report = KillSoakMain.markdown(r, Map.of("seed", "1", "latency-ms", "30"), "test");
      assertTrue(r.passed(), report);
      assertEquals(3, r.kills().size(), report);
      assertTrue(r.kills().getLast().stored() > 0, "the kills came after answers were stored: " + report);
    } finally {
      TempDirs.delete(scratch);
    }
  }
}
