/**
 * Issue 4's end-to-end harness ({@link dev.lingo.benchmarks.endtoend.EndToEndMain}): whole jobs of
 * {@code extract} calls against a fake OpenAI-compatible server with real latency and a concurrency
 * cap, timed by wall clock over several rounds, by Lingo, a bare-HttpClient floor and LangChain4j.
 */
package dev.lingo.benchmarks.endtoend;
