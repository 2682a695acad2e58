/**
 * Tables in and out, lazily: {@link dev.lingo.language.runtime.LingoStream} (a recipe: a file source
 * plus map/filter/take stages), the CSV and JSON Lines readers and writers behind {@code readCsv},
 * {@code readJsonl}, {@code writeCsv} and {@code writeJsonl}, and {@link dev.lingo.language.tables.StreamRun},
 * which walks a stream once in order while a {@link dev.lingo.language.ahead.Lookahead} starts the
 * model calls of the coming records, so a file larger than the heap runs in bounded memory with its
 * calls in flight together.
 */
package dev.lingo.language.tables;
