/**
 * The conformance suite: golden-file tests that run every {@code spec/tests/**}{@code /*.lingo} case and every
 * runnable program under {@code examples/} through the public polyglot API and compare what they print (or the
 * error they report) with the expectation file beside them. Nothing here touches language internals, so every
 * case also exercises the embedding path.
 */
package dev.lingo.spec;
