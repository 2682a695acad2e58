/**
 * Real HTTP servers on 127.0.0.1 that speak the providers' wire protocols, for tests: scripted per
 * test (queued answers, latency, status codes, malformed bodies, dropped connections, a body trickled
 * byte by byte after the headers, answers cut off at the token limit, one item that always fails) and recording
 * every request (with its arrival time) so a test can assert the exact JSON the VM sent. For
 * scheduling tests they measure the concurrency they see, answer 429 with {@code Retry-After} beyond a
 * cap, and hold replies until released; {@code Eventually} waits for what concurrent work makes true. Also {@code FakeFileServer} (a model
 * hub: ranges, broken downloads) and {@code TinyLlamaGguf} / {@code GgufFileWriter} (a random-weight
 * llama model small enough to write in a test). {@code FaultInjector} turns the fake OpenAI server into a flaky
 * provider following a seeded {@code FaultSchedule} (the fault soak, benchmarks/RELIABILITY.md). Published in the lingo-vm test-jar for other modules' tests.
 */
package dev.lingo.vm.testing;
