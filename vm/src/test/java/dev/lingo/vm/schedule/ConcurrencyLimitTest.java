package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An endpoint's concurrency cap holds however many opcodes are submitted at once. */
class ConcurrencyLimitTest {

    @Test
    void theCapIsNeverExceededUnder200ConcurrentSubmissions(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"limits\": {\"openai\": {\"maxConcurrent\": 8}}}")) {
            server.answerAlways("{\"value\": 7}", Duration.ofMillis(10));
            AtomicInteger mostInFlight = new AtomicInteger();
            rig.machine.onProgress(p -> mostInFlight.accumulateAndGet(p.inFlight(), Math::max));
            List<CompletableFuture<TypedAnswer>> answers = rig.submitAll(MachineRig.openAi(server), 200);
            for (CompletableFuture<TypedAnswer> a : answers) {
                assertEquals(7, a.join().value().asInt());
            }
            assertEquals(200, server.requests().size());
            assertTrue(server.maxConcurrent() <= 8, "the server saw " + server.maxConcurrent() + " requests at once");
            assertTrue(server.maxConcurrent() >= 2, "requests never overlapped");
            assertTrue(mostInFlight.get() <= 8 && mostInFlight.get() >= 2, "progress saw " + mostInFlight.get() + " in flight");
            RunProgress p = rig.machine.progress();
            assertEquals(new RunProgress(200, 200, 0, 0, 0, 0, 0, p.cost()), p);
            assertTrue(p.cost() > 0, "gpt-4o-mini is priced");
            assertEquals(200, rig.machine.ledger().calls());
        }
    }

    @Test
    void aLimitForOneUrlAppliesToThatEndpointOnly(@TempDir Path dir) {
        try (FakeOpenAiServer narrow = new FakeOpenAiServer(); FakeOpenAiServer wide = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"limits\": {\"" + narrow.apiBase() + "\": {\"maxConcurrent\": 1}}}")) {
            narrow.answerAlways("{\"value\": 1}", Duration.ofMillis(5));
            wide.answerAlways("{\"value\": 2}", Duration.ofMillis(30));
            ModelSpec one = MachineRig.openAi(narrow);
            ModelSpec two = MachineRig.openAi(wide);
            List<CompletableFuture<TypedAnswer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(rig.machine.submit(List.of(one), MachineRig.question(i), dev.lingo.vm.machine.CallOptions.NONE));
                answers.add(rig.machine.submit(List.of(two), MachineRig.question(i), dev.lingo.vm.machine.CallOptions.NONE));
            }
            answers.forEach(CompletableFuture::join);
            assertEquals(1, narrow.maxConcurrent());
            assertTrue(wide.maxConcurrent() > 1, "the default limit of a local server is 16: " + wide.maxConcurrent());
            assertEquals(1, rig.machine.endpoints().stream().filter(e -> e.id().contains(narrow.apiBase().toString()))
                    .findFirst().orElseThrow().limits().maxConcurrent());
        }
    }
}
