/**
 * Issue 3's JMH benchmarks of one LLM opcode: its cost in the model machine without the network
 * ({@link dev.lingo.benchmarks.opcode.OpcodeStepsBenchmark}), and one whole extraction by Lingo,
 * the vm library and LangChain4j AI Services against an instant fake server
 * ({@link dev.lingo.benchmarks.opcode.ExtractCallBenchmark}).
 */
package dev.lingo.benchmarks.opcode;
