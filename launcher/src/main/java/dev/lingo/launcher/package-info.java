/**
 * The {@code lingo} command line: picocli commands {@code run}, {@code check}, {@code eval},
 * {@code repl}, {@code model} and {@code cache}, the Context they share, and how errors become
 * messages and exit codes. Programs run through the polyglot API only, so everything here also
 * exercises Lingo's embedding path.
 */
package dev.lingo.launcher;
