/**
 * The typed model call an LLM opcode performs: ask the provider, read the answer leniently,
 * validate it against the type, re-ask with the errors shown (bounded), and either return the
 * value or throw a typed error. Every call, good or bad, is handed to the trace. A call asked for
 * its confidence gets it from the provider's log-probabilities, or asks the model to state it
 * ({@code SelfReportedConfidence}).
 */
package dev.lingo.vm.call;
