package dev.lingo.vm.batch.openai;

import java.time.Duration;

/**
 * How batch mode ({@code --batch}) collects and follows jobs.
 *
 * @param maxQueued requests held back before they are sent without waiting for the program to wait
 *                  (OpenAI takes at most 50,000 lines per job)
 * @param linger    with requests held back and none arriving for this long, they are sent anyway
 * @param poll      how often a job's status is asked
 */
public record BatchApiSettings(int maxQueued, Duration linger, PollSchedule poll) {

    public static final int MAX_LINES = 50_000;
    public static final BatchApiSettings DEFAULTS = new BatchApiSettings(MAX_LINES, Duration.ofSeconds(2), PollSchedule.DEFAULT);

    public BatchApiSettings {
        if (maxQueued < 1 || maxQueued > MAX_LINES) {
            throw new IllegalArgumentException("maxQueued must be between 1 and " + MAX_LINES + ", not " + maxQueued);
        }
    }
}
