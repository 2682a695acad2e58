package dev.lingo.vm.trace;

import java.util.List;

/** Receives every finished model call. Implementations must be thread-safe: calls finish concurrently. */
public interface TraceSink {

    TraceSink NONE = record -> { };

    void record(CallRecord record);

    /**
     * An opcode answered without calling a model: from the answer cache ({@code source} "cache") or a
     * replayed recording ("replay"). Not a call, so counters of calls ignore it (the default); a trace
     * file shows it, so a rerun's trace is not empty.
     */
    default void answeredWithoutCall(CallRecord record, String source) {
    }

    /** A sink that passes everything to each of {@code sinks}, in order. */
    static TraceSink all(List<TraceSink> sinks) {
        return new FanOut(List.copyOf(sinks));
    }

    /** Each of a list of sinks in turn; the list may grow while records arrive (a trace file added later). */
    record FanOut(List<TraceSink> sinks) implements TraceSink {
        @Override
        public void record(CallRecord record) {
            sinks.forEach(sink -> sink.record(record));
        }

        @Override
        public void answeredWithoutCall(CallRecord record, String source) {
            sinks.forEach(sink -> sink.answeredWithoutCall(record, source));
        }
    }
}
