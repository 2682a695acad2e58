/**
 * Running ahead of the program: the one place that waits for a pending answer
 * ({@link dev.lingo.language.ahead.AnswerWait}), and the lookahead that, while the program waits,
 * runs the coming elements of a {@code map}/{@code filter}/… or the coming iterations of a
 * {@code for} loop speculatively, only far enough to start their model calls
 * ({@link dev.lingo.language.ahead.Lookahead}). Speculation never shows: it stops before any effect,
 * and the program later runs every element for real, in order, taking the calls already started.
 */
package dev.lingo.language.ahead;
