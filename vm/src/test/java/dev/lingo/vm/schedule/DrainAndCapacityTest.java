package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelCall;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end of a run waits for what is still under way; a long map keeps a bounded number of requests unsent. */
class DrainAndCapacityTest {

    @Test
    void drainWaitsForAnswersNobodyReadAndCountsThem(@TempDir Path dir) throws InterruptedException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{}")) {
            server.answerAlways("{\"value\": 3}", Duration.ofMillis(300));
            rig.submitAll(MachineRig.openAi(server), 6); // never joined

            assertTrue(rig.machine.drain(Duration.ofSeconds(20)));
            assertEquals(6, server.requests().size());
            assertEquals(6, rig.machine.ledger().calls());
            RunProgress p = rig.machine.progress();
            assertEquals(6, p.done());
            assertEquals(6, p.finishedAtEnd());
            String summary = rig.machine.summary();
            assertTrue(summary.startsWith("6 model calls"), summary);
            assertTrue(summary.contains("; 6 calls still under way at the end waited for"), summary);
        }
    }

    @Test
    void drainStopsWhenInterruptedOrWhenTimeIsUp(@TempDir Path dir) throws InterruptedException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{}")) {
            server.answerAlways("{\"value\": 3}", Duration.ZERO).hold();
            rig.submitAll(MachineRig.openAi(server), 1);
            assertFalse(rig.machine.drain(Duration.ofMillis(50)));
            dev.lingo.vm.testing.Eventually.until(() -> rig.machine.progress().inFlight() == 1, () -> "sent: " + rig.machine.progress());
            String summary = rig.machine.summary();
            assertTrue(summary.endsWith("; 1 call still under way at the end, not waited for (1 request sent, not counted above)"), summary);
            assertFalse(summary.contains("waited for;"), "not counted as waited for too: " + summary);
            Thread.currentThread().interrupt();
            assertThrows(InterruptedException.class, () -> rig.machine.drain(Duration.ofSeconds(20)));
            server.release();
        }
    }

    @Test
    void awaitCapacityKeepsUnsentOpcodesWithinTheBound(@TempDir Path dir) throws InterruptedException {
        String config = "{\"limits\": {\"openai\": {\"maxConcurrent\": 4}}, \"queue\": {\"maxUnsent\": 64}}";
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, config)) {
            server.answerAlways("{\"value\": 3}", Duration.ZERO);
            ModelSpec spec = MachineRig.openAi(server);
            assertEquals(64, rig.machine.maxUnsent());
            List<ModelCall> calls = new ArrayList<>();
            int mostUnsent = 0;
            for (int i = 0; i < 2000; i++) {
                rig.machine.awaitCapacity();
                calls.add(rig.machine.submit(List.of(spec), MachineRig.question(i), CallOptions.NONE));
                mostUnsent = Math.max(mostUnsent, rig.machine.unsent()); // only this thread adds: the most is right after a submit
            }
            calls.forEach(c -> assertEquals(3, c.join().value().asInt()));
            assertTrue(mostUnsent <= 64, "unsent at once: " + mostUnsent);
            assertTrue(mostUnsent >= 32, "the bound was reached: " + mostUnsent);
            assertEquals(2000, server.requests().size());
            assertEquals(0, rig.machine.unsent());
        }
    }

    @Test
    void theDefaultBoundFollowsTheLargestEndpointConcurrency(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"limits\": {\"openai\": {\"maxConcurrent\": 40}}}")) {
            server.answerAlways("{\"value\": 3}", Duration.ZERO);
            assertEquals(256, rig.machine.maxUnsent(), "no endpoint used yet");
            rig.ask(MachineRig.openAi(server), 0);
            assertEquals(320, rig.machine.maxUnsent());
        }
    }
}
