/**
 * The REPL: {@link dev.lingo.launcher.repl.ReplSession} is the whole behaviour and needs no
 * terminal (tests drive it line by line); {@code TerminalRepl} adds JLine editing, history and
 * completion, {@code StreamRepl} reads piped input.
 */
package dev.lingo.launcher.repl;
