/**
 * Issue 10, trust under faults: the fault soak ({@link dev.lingo.benchmarks.soak.FaultSoakMain},
 * {@code benchmarks/run-soak.sh}) runs {@code bin/lingo} over thousands of calls against a fake
 * OpenAI server that injects a seeded schedule of faults and checks every printed outcome against
 * the server's log; the kill soak ({@link dev.lingo.benchmarks.soak.KillSoakMain},
 * {@code benchmarks/run-kill-soak.sh}) kills a run with kill -9 at random points and checks that no
 * rerun pays for a stored answer again and that the cache passes {@code lingo cache verify}.
 * Results in {@code benchmarks/RELIABILITY.md}.
 */
package dev.lingo.benchmarks.soak;
