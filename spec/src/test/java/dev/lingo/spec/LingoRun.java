package dev.lingo.spec;

/**
 * What running one program produced.
 *
 * @param failed whether the run ended with an error (or did not end in time)
 * @param output everything printed, followed by the error report when {@code failed}
 */
record LingoRun(boolean failed, String output) {}
