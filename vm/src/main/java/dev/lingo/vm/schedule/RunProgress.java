package dev.lingo.vm.schedule;

/**
 * Where a run's model work stands, for a progress bar. Counts are of opcodes submitted to the
 * machine, except {@code inFlight} and {@code retries}, which count provider requests.
 *
 * @param submitted opcodes handed to the machine
 * @param done      opcodes answered
 * @param failed    opcodes that ended in an error
 * @param inFlight  provider requests under way right now, lines of Batch API jobs under way included
 * @param cacheHits opcodes answered from the answer cache
 * @param shared    opcodes that joined an identical request already in flight instead of calling
 * @param retries   provider requests sent again after a retryable failure
 * @param cost      US dollars spent so far (priced calls only)
 */
public record RunProgress(long submitted, long done, long failed, int inFlight, long cacheHits, long shared,
                          long retries, double cost) {

    public static final RunProgress NONE = new RunProgress(0, 0, 0, 0, 0, 0, 0, 0);

    /** Opcodes submitted and not finished yet (waiting for a slot or under way). */
    public long pending() {
        return submitted - done - failed;
    }

    public boolean finished() {
        return pending() == 0;
    }
}
