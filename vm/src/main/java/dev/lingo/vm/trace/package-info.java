/**
 * What every model call leaves behind: a {@link dev.lingo.vm.trace.CallRecord} (provider, model,
 * messages, schema hash, raw answer, value, tokens, cost, latency, retries), priced by a
 * {@link dev.lingo.vm.trace.PriceTable}, written as JSON Lines by
 * {@link dev.lingo.vm.trace.JsonLinesTraceWriter} with secrets scrubbed, and summed per run by
 * {@link dev.lingo.vm.trace.RunLedger}.
 */
package dev.lingo.vm.trace;
