package dev.lingo.vm.schedule;

/**
 * Where a run's model work stands, for a progress bar. Counts are of opcodes submitted to the
 * machine, except {@code inFlight} and {@code retries}, which count provider requests.
 *
 * @param submitted     opcodes handed to the machine
 * @param done          opcodes answered
 * @param failed        opcodes that ended in an error
 * @param inFlight      provider requests under way right now, lines of Batch API jobs under way included
 * @param cacheHits     opcodes answered from the answer cache
 * @param shared        opcodes that joined an identical request already in flight instead of calling
 * @param retries       provider requests sent again after a retryable failure
 * @param cost          US dollars spent so far (priced calls only)
 * @param cancelled     opcodes cancelled before their request was sent (never sent, never billed)
 * @param prefetched    opcodes the language started ahead of the program (reported by the language)
 * @param wasted        of those, opcodes whose answer the program never used (reported by the language)
 * @param unread        other answers the program never read (reported by the language)
 * @param finishedAtEnd opcodes still under way when the program ended, waited for by {@code drain}
 */
public record RunProgress(long submitted, long done, long failed, int inFlight, long cacheHits, long shared,
                          long retries, double cost, long cancelled, long prefetched, long wasted, long unread,
                          long finishedAtEnd) {

    public static final RunProgress NONE = new RunProgress(0, 0, 0, 0, 0, 0, 0, 0);

    /** The counts a run has without prefetching, cancelling or draining. */
    public RunProgress(long submitted, long done, long failed, int inFlight, long cacheHits, long shared, long retries, double cost) {
        this(submitted, done, failed, inFlight, cacheHits, shared, retries, cost, 0, 0, 0, 0, 0);
    }

    /** Opcodes submitted and not finished yet (waiting for a slot or under way). */
    public long pending() {
        return submitted - done - failed - cancelled;
    }

    public boolean finished() {
        return pending() == 0;
    }
}
