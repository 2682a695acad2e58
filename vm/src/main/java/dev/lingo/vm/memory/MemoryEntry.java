package dev.lingo.vm.memory;

import java.util.Map;

/**
 * A text to remember, its vector, and its metadata: a flat map of names to strings, numbers or
 * booleans (filters match their text form exactly).
 */
public record MemoryEntry(String text, float[] vector, Map<String, Object> meta) {

    public MemoryEntry {
        meta = Map.copyOf(meta);
    }
}
