package dev.lingo.vm.machine;

import dev.lingo.vm.batch.PackingStats;
import dev.lingo.vm.cache.CacheStats;
import dev.lingo.vm.schedule.RunProgress;
import java.nio.file.Path;

/**
 * The one line a run ends with: the ledger's calls, tokens, cost and time, then what the cache,
 * shared calls, retries, packing and a replay did, each only when it happened.
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
        if (replayedFrom != null) {
            s.append("; replayed from ").append(replayedFrom);
        }
        return s.toString();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
