package dev.lingo.vm.trace;

import java.util.List;

/** Receives every finished model call. Implementations must be thread-safe: calls finish concurrently. */
public interface TraceSink {

    TraceSink NONE = record -> { };

    void record(CallRecord record);

    /** A sink that passes every record to each of {@code sinks}, in order. */
    static TraceSink all(List<TraceSink> sinks) {
        List<TraceSink> copy = List.copyOf(sinks);
        return record -> copy.forEach(sink -> sink.record(record));
    }
}
