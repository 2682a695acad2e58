/**
 * The answer cache and record/replay of the model machine. {@link dev.lingo.vm.cache.AnswerCache}
 * keeps every answer in a SQLite file (write-ahead log, synced at each commit, safe for many threads
 * and processes) behind a bounded in-memory front, keyed by {@link dev.lingo.vm.cache.RequestFingerprint};
 * {@link dev.lingo.vm.cache.RunRecording} writes a run's calls as JSON Lines and
 * {@link dev.lingo.vm.cache.RunReplay} answers a later run from them alone;
 * {@link dev.lingo.vm.cache.CachingCaller} puts all three in front of one typed call.
 */
package dev.lingo.vm.cache;
