package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelCall;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.testing.Eventually;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ModelCall.cancel over real HTTP: a request not yet sent never is; one already sent runs to its end. */
class CancelBeforeSendingTest {

    private static final String ONE_AT_A_TIME = "{\"limits\": {\"openai\": {\"maxConcurrent\": 1}}, \"budget\": {\"maxCalls\": 2}}";

    private static boolean asked(FakeOpenAiServer server, int question) {
        return server.requests().stream().anyMatch(r -> r.body().contains("Question number " + question));
    }

    @Test
    void aCallQueuedBehindTheCapIsNeverSentNorBilled(@TempDir Path dir) throws InterruptedException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, ONE_AT_A_TIME)) {
            server.answerAlways("{\"value\": 5}", Duration.ZERO).hold();
            ModelSpec spec = MachineRig.openAi(server);
            ModelCall first = rig.machine.submit(List.of(spec), MachineRig.question(0), CallOptions.NONE);
            Eventually.until(() -> server.requests().size() == 1, () -> "the first request to arrive");
            ModelCall queued = rig.machine.submit(List.of(spec), MachineRig.question(1), CallOptions.NONE);
            Eventually.until(() -> rig.machine.unsent() == 1, () -> "a call waiting");
            Thread.sleep(100); // long enough to reserve its budget and queue for the slot

            assertTrue(queued.cancel(false));
            assertTrue(queued.isCancelled());
            assertThrows(CancellationException.class, queued::join);
            assertFalse(queued.cancel(false), "cancelled once");
            // its waiter is woken at once and gives its reservation back: the budget of 2 calls has room for another
            Thread.sleep(100);
            ModelCall last = rig.machine.submit(List.of(spec), MachineRig.question(2), CallOptions.NONE);
            Eventually.until(() -> rig.machine.unsent() == 1, () -> "the next call waiting");
            server.release();

            assertEquals(5, first.join().value().asInt());
            assertEquals(5, last.join().value().asInt(), "the budget of 2 calls was given back by the cancelled one");
            assertEquals(2, server.requests().size());
            assertFalse(asked(server, 1), "the cancelled question never reached the server");
            RunProgress p = rig.machine.progress();
            assertEquals(1, p.cancelled());
            assertEquals(0, p.failed());
            assertEquals(2, p.done());
            assertTrue(p.finished(), p.toString());
            assertEquals(2, rig.machine.ledger().calls());
            assertTrue(rig.machine.summary().contains("; 1 call cancelled before sending"), rig.machine.summary());
            assertEquals(0, rig.machine.unsent());
        }
    }

    @Test
    void aCallAlreadySentIsNotCancelledAndItsAnswerIsCached(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, ONE_AT_A_TIME)) {
            server.answerAlways("{\"value\": 5}", Duration.ZERO).hold();
            ModelSpec spec = MachineRig.openAi(server);
            ModelCall sent = rig.machine.submit(List.of(spec), MachineRig.question(0), CallOptions.NONE);
            Eventually.until(() -> server.requests().size() == 1, () -> "the request to arrive");

            assertTrue(sent.sent());
            assertFalse(sent.cancel(true));
            server.release();
            assertEquals(5, sent.join().value().asInt());
            ModelCall again = rig.machine.submit(List.of(spec), MachineRig.question(0), CallOptions.NONE);
            assertTrue(again.isDone(), "answered from the cache");
            assertEquals(1, server.requests().size());
            assertEquals(0, rig.machine.progress().cancelled());
            assertEquals(1, rig.machine.ledger().calls());
        }
    }

    @Test
    void aCancelledOwnerOfASharedCallDoesNotFailTheOneSharingIt(@TempDir Path dir) throws InterruptedException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, ONE_AT_A_TIME)) {
            server.answerAlways("{\"value\": 5}", Duration.ZERO).hold();
            ModelSpec spec = MachineRig.openAi(server);
            ModelCall blocker = rig.machine.submit(List.of(spec), MachineRig.question(0), CallOptions.NONE);
            Eventually.until(() -> server.requests().size() == 1, () -> "the first request to arrive");
            ModelCall owner = rig.machine.submit(List.of(spec), MachineRig.question(1), CallOptions.NONE);
            Eventually.until(() -> rig.machine.unsent() == 1, () -> "the owner waiting for the slot");
            ModelCall sharer = rig.machine.submit(List.of(spec), MachineRig.question(1), CallOptions.NONE);
            Thread.sleep(200); // time to join the owner's call (if it has not, it asks itself when the owner gives up)

            assertTrue(owner.cancel(false));
            server.release();
            assertEquals(5, blocker.join().value().asInt());
            assertEquals(5, sharer.join().value().asInt());
            assertThrows(CancellationException.class, owner::join);
            assertEquals(2, server.requests().size(), "question 1 asked once, for the sharer");
            RunProgress p = rig.machine.progress();
            assertEquals(1, p.cancelled());
            assertEquals(0, p.failed());
            assertEquals(2, p.done());
        }
    }
}
