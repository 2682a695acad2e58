/**
 * The memory store behind {@code memory("name")}: texts with their vectors and metadata in a Lucene
 * index on disk, recalled by vector similarity (HNSW), keywords (BM25) or both fused by reciprocal
 * rank. Knows nothing of embedding models: callers hand in vectors. Each remember is one Lucene
 * commit, so a killed process keeps every batch it finished; readers in other processes see each
 * commit; a second writer waits for the first one's lock, then fails with a clear message.
 */
package dev.lingo.vm.memory;
