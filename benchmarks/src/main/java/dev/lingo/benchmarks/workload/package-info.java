/**
 * The review-extraction workload shared by the model benchmarks: numbered review texts, the answer
 * each must get back, and the fake OpenAI server (the vm test-jar's) that answers them with a
 * chosen latency and concurrency cap, counting calls and prompt tokens.
 */
package dev.lingo.benchmarks.workload;
