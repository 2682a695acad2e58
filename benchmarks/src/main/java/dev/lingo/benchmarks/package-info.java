/**
 * JMH benchmarks of Lingo. Each benchmark class holds one workload in three implementations,
 * chosen by the {@code impl} parameter: the Lingo program, a plain-Java baseline with the same
 * algorithm, and the same program on GraalJS. Guest programs live under {@code programs/} as
 * resources, are evaluated once per trial through {@code org.graalvm.polyglot}, and every
 * invocation checks its result so a broken run cannot report numbers.
 */
package dev.lingo.benchmarks;
