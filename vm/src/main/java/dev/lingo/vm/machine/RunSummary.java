package dev.lingo.vm.machine;

import dev.lingo.vm.batch.PackingStats;
import dev.lingo.vm.cache.CacheStats;
import dev.lingo.vm.schedule.RunProgress;
import java.nio.file.Path;

/**
 * The one line a run ends with: the ledger's calls, tokens, cost and time, then what the cache,
 * shared calls, retries, packing, prefetching and cancelling, answers never read, calls the end of
 * the run waited for or did not wait for (still under way) and a replay did, each only when it happened.
 */
final class RunSummary {

    private RunSummary() {
    }

    /** @param replayedFrom the recording a replay read, or null */
    static String line(String ledger, CacheStats cache, RunProgress progress, PackingStats packed, Path replayedFrom) {
        StringBuilder s = new StringBuilder(ledger);
        if (cache.hits() > 0) {
            s.append("; ").append(cache.summary());
        }
        if (progress.shared() > 0) {
            s.append("; ").append(count(progress.shared(), "answer", "answers")).append(" shared with an identical call in flight");
        }
        if (progress.retries() > 0) {
            s.append("; ").append(count(progress.retries(), "request", "requests"))
                    .append(" sent again after a rate limit or server error");
        }
        if (packed.packs() > 0) {
            s.append("; ").append(packed.packedItems()).append(" answers from ")
                    .append(count(packed.packs(), "packed request", "packed requests"));
        }
        if (progress.prefetched() > 0) {
            s.append("; ").append(count(progress.prefetched(), "call", "calls")).append(" started ahead (")
                    .append(progress.wasted()).append(" not needed");
            if (progress.cancelled() > 0) {
                s.append(", ").append(progress.cancelled()).append(" cancelled before sending");
            }
            s.append(")");
        } else if (progress.cancelled() > 0) {
            s.append("; ").append(count(progress.cancelled(), "call", "calls")).append(" cancelled before sending");
        }
        if (progress.unread() > 0) {
            s.append("; ").append(count(progress.unread(), "answer", "answers")).append(" never read");
        }
        if (progress.finishedAtEnd() > 0) {
            s.append("; ").append(count(progress.finishedAtEnd(), "call", "calls")).append(" still under way at the end waited for");
        }
        if (progress.pending() > 0) { // interrupted, or the wait at the end ran out: these are in no count above
            s.append("; ").append(count(progress.pending(), "call", "calls")).append(" still under way at the end, not waited for");
            if (progress.inFlight() > 0) {
                s.append(" (").append(count(progress.inFlight(), "request", "requests")).append(" sent, not counted above)");
            }
        }
        if (replayedFrom != null) {
            s.append("; replayed from ").append(replayedFrom);
        }
        return s.toString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
