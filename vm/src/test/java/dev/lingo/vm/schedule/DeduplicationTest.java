package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.testing.Eventually;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identical requests in flight share one HTTP request; different or sampled ones do not. */
class DeduplicationTest {

    private static List<CompletableFuture<TypedAnswer>> submit(MachineRig rig, ModelSpec spec, int times, int question, CallOptions options) {
        List<CompletableFuture<TypedAnswer>> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.add(rig.machine.submit(List.of(spec), MachineRig.question(question), options));
        }
        return all;
    }

    @Test
    void identicalRequestsInFlightShareOneHttpRequest(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{}")) {
            server.answerAlways("{\"value\": 3}", Duration.ZERO);
            server.hold();
            List<CompletableFuture<TypedAnswer>> answers = submit(rig, MachineRig.openAi(server), 10, 1, CallOptions.NONE);
            Eventually.until(() -> rig.machine.progress().shared() == 9 && server.requests().size() == 1,
                    () -> "nine to join the first: " + rig.machine.progress() + ", " + server.requests().size() + " requests");
            server.release();
            TypedAnswer first = answers.getFirst().join();
            for (CompletableFuture<TypedAnswer> a : answers) {
                assertSame(first, a.join(), "the same answer, not a copy of another call");
            }
            assertEquals(1, server.requests().size());
            assertEquals(1, rig.machine.ledger().calls());
            assertEquals(10, rig.machine.progress().done());
        }
    }

    @Test
    void aSharedFailureReachesEveryone(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{}")) {
            server.error(401, "Incorrect API key");
            server.hold();
            List<CompletableFuture<TypedAnswer>> answers = submit(rig, MachineRig.openAi(server), 3, 1, CallOptions.NONE);
            Eventually.until(() -> rig.machine.progress().shared() == 2, () -> "two to join: " + rig.machine.progress());
            server.release();
            for (CompletableFuture<TypedAnswer> a : answers) {
                CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, a::join);
                assertEquals("ModelProviderError", ((ProviderException) e.getCause()).kind());
            }
            assertEquals(1, server.requests().size());
            assertEquals(3, rig.machine.progress().failed());
        }
    }

    @Test
    void differentQuestionsAndUnseededSamplingAreNotShared(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{}")) {
            server.answerAlways("{\"value\": 3}", Duration.ZERO);
            server.hold();
            ModelSpec spec = MachineRig.openAi(server);
            CallOptions sampled = new CallOptions(0.9, null, null, null);
            CallOptions seeded = new CallOptions(0.9, null, 7L, null);
            List<CompletableFuture<TypedAnswer>> answers = new ArrayList<>();
            answers.addAll(submit(rig, spec, 2, 1, sampled));  // may differ each time: two calls
            answers.addAll(submit(rig, spec, 2, 1, seeded));   // pinned by the seed: one call
            answers.addAll(submit(rig, spec, 1, 2, CallOptions.NONE));
            Eventually.until(() -> server.requests().size() == 4 && rig.machine.progress().shared() == 1,
                    () -> "four requests and one shared: " + server.requests().size() + ", " + rig.machine.progress());
            server.release();
            answers.forEach(CompletableFuture::join);
            assertEquals(4, server.requests().size());
        }
    }
}
