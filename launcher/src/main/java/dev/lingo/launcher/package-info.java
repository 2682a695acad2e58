/**
 * The {@code lingo} command line: picocli commands {@code run}, {@code check}, {@code eval} and
 * {@code repl}, the Context they share, and how errors become messages and exit codes. Only the
 * polyglot API is used, so everything here also exercises Lingo's embedding path.
 */
package dev.lingo.launcher;
