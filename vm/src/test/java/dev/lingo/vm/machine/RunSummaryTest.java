package dev.lingo.vm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lingo.vm.batch.PackingStats;
import dev.lingo.vm.cache.CacheStats;
import dev.lingo.vm.schedule.RunProgress;
import org.junit.jupiter.api.Test;

/** Each clause of the last line appears only when it happened. */
class RunSummaryTest {

    private static final String LEDGER = "40 model calls, 3100 tokens in, 240 out, $0.0012, 4.1 s waiting";

    private static String line(RunProgress p) {
        return RunSummary.line(LEDGER, new CacheStats(0, 0, 0, 0, 0, 0), p, new PackingStats(0, 0, 0), null);
    }

    private static RunProgress progress(long cancelled, long prefetched, long wasted, long unread, long atEnd) {
        return new RunProgress(40, 40, 0, 0, 0, 0, 0, 0.0012, cancelled, prefetched, wasted, unread, atEnd);
    }

    @Test
    void aPlainRunHasOnlyTheLedger() {
        assertEquals(LEDGER, line(progress(0, 0, 0, 0, 0)));
    }

    @Test
    void prefetchingSaysWhatWasNotNeededAndWhatWasCancelled() {
        assertEquals(LEDGER + "; 40 calls started ahead (3 not needed, 2 cancelled before sending)", line(progress(2, 40, 3, 0, 0)));
        assertEquals(LEDGER + "; 1 call started ahead (0 not needed)", line(progress(0, 1, 0, 0, 0)));
    }

    @Test
    void cancellingWithoutPrefetchingUnreadAnswersAndTheEndOfTheRun() {
        assertEquals(LEDGER + "; 1 call cancelled before sending; 5 answers never read; 2 calls still under way at the end waited for",
                line(progress(1, 0, 0, 5, 2)));
    }

    @Test
    void callsStillUnderWayThatTheEndDidNotWaitForAreCountedApart() {
        RunProgress interrupted = new RunProgress(40, 35, 1, 2, 0, 0, 0, 0.0012, 1, 0, 0, 0, 0);
        assertEquals(LEDGER + "; 1 call cancelled before sending; 3 calls still under way at the end, not waited for"
                + " (2 requests sent, not counted above)", line(interrupted));
    }
}
