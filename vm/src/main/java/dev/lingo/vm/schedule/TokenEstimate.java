package dev.lingo.vm.schedule;

/** The expected size of one request before it is sent: prompt tokens and answer tokens. */
public record TokenEstimate(long input, long output) {

    public long total() {
        return input + output;
    }
}
