/**
 * The typed model call an LLM opcode performs: ask the provider, read the answer leniently,
 * validate it against the type, re-ask with the errors shown (bounded), and either return the
 * value or throw a typed error. Every call, good or bad, is handed to the trace.
 */
package dev.lingo.vm.call;
