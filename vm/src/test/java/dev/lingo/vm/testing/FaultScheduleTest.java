package dev.lingo.vm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The soak's fault schedule reproduces from its seed alone and injects each fault at its rate. */
class FaultScheduleTest {

    private static List<Fault> draws(FaultSchedule s, int items) {
        List<Fault> out = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            for (int attempt = 1; attempt <= 3; attempt++) {
                out.add(s.faultFor("item-" + i, attempt));
            }
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameFaultsAndAnotherSeedOthers() {
        assertEquals(draws(new FaultSchedule(1, 1), 1_000), draws(new FaultSchedule(1, 1), 1_000));
        assertNotEquals(draws(new FaultSchedule(1, 1), 1_000), draws(new FaultSchedule(2, 1), 1_000));
        assertTrue(draws(new FaultSchedule(1, 0), 1_000).stream().allMatch(f -> f == Fault.NONE), "scale 0 injects nothing");
    }

    @Test
    void eachFaultComesAtItsRate() {
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        List<Fault> all = draws(new FaultSchedule(7, 1), 100_000);
        all.forEach(f -> counts.merge(f, 1, Integer::sum));
        for (Fault f : Fault.values()) {
            if (f != Fault.NONE) {
                double perMille = 1000.0 * counts.getOrDefault(f, 0) / all.size();
                assertEquals(f.perMille(), perMille, 1.0, f + " came at " + perMille + " per mille");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new FaultSchedule(1, 6), "more than 100% faulty");
    }
}
