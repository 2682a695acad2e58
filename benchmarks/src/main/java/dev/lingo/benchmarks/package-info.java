/**
 * JMH benchmarks of Lingo's language core (issue 2). Each benchmark class holds one workload in
 * several implementations, chosen by the {@code impl} parameter: the Lingo program, a plain-Java
 * baseline with the same algorithm (for fib and the loop also with Lingo's checked Int
 * arithmetic), and the same program on GraalJS. Guest programs live under {@code programs/} as
 * resources, are evaluated once per trial through {@code org.graalvm.polyglot}, and every
 * invocation checks its result so a broken run cannot report numbers.
 */
package dev.lingo.benchmarks;
