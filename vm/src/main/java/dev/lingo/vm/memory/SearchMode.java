package dev.lingo.vm.memory;

/** How {@link MemoryStore#recall} ranks: by vector similarity, by keywords (BM25), or both fused (reciprocal rank fusion). */
public enum SearchMode {
    VECTOR, KEYWORD, HYBRID
}
