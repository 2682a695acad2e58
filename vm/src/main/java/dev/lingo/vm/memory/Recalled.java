package dev.lingo.vm.memory;

import java.util.Map;

/** One recalled record: its text, its metadata as remembered (in name order), and its score (higher is closer). */
public record Recalled(String text, Map<String, Object> meta, double score) {
}
