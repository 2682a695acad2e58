package dev.lingo.vm.batch.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.batch.RuleModel;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelMachine;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.testing.Eventually;
import dev.lingo.vm.testing.FakeBatchApi;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch mode in a program run's machine: held back until the program waits, resumed by the next run after a crash. */
class MachineBatchTest {

    static final BatchApiSettings FAST = new BatchApiSettings(1000, Duration.ofSeconds(60), BatchRig.FAST);

    static ModelSpec spec(FakeOpenAiServer server) {
        return new ModelSpec("openai", BatchRig.MODEL, Map.of("baseUrl", server.apiBase().toString()));
    }

    static List<CompletableFuture<TypedAnswer>> submitAll(ModelMachine machine, ModelSpec spec, List<Opcode> ops) {
        return ops.stream().<CompletableFuture<TypedAnswer>>map(op -> machine.submit(List.of(spec), op, CallOptions.NONE)).toList();
    }

    static ModelMachine machine(Path dir) {
        ModelMachine m = new ModelMachine(Map.of(), dir, n -> { });
        m.useBatchApi(FAST);
        return m;
    }

    @Test
    void nothingIsSentUntilTheProgramWaitsThenOneJobAnswersEverything(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), "{}");
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = machine(dir)) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(OpenAiBatchFlowTest.LABELS));
            var answers = submitAll(machine, spec(server), OpenAiBatchFlowTest.items(20));
            Eventually.until(() -> machine.progress().submitted() == 20, () -> "submissions");
            Thread.sleep(50); // the opcodes reach the queue; none may be sent before the flush
            assertEquals(0, server.requests().size());
            machine.flush();
            for (int i = 0; i < 20; i++) {
                assertEquals(OpenAiBatchFlowTest.expected(i), answers.get(i).join().value().asText());
            }
            assertEquals(1, batches.creations());
            assertEquals(20, machine.progress().done());
            assertEquals(20, machine.ledger().calls());
            assertEquals("praise", machine.run(List.of(spec(server)), Opcode.classify("Only praise here", OpenAiBatchFlowTest.LABELS),
                    CallOptions.NONE).value().asText(), "run flushes by itself");
            assertEquals(2, batches.creations());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSecondMachineOverTheSameCacheFolderReattachesToTheJobOfACrashedOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), "{}");
        List<Opcode> ops = OpenAiBatchFlowTest.items(15);
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(OpenAiBatchFlowTest.LABELS)).hold();
            ModelMachine first = machine(dir);
            var lost = submitAll(first, spec(server), ops);
            first.flush();
            Eventually.until(() -> batches.polls() >= 3, () -> "the job to be under way");
            first.close(); // the run dies while its job runs
            assertTrue(lost.stream().allMatch(CompletableFuture::isCompletedExceptionally));
            try (ModelMachine second = machine(dir)) {
                var answers = submitAll(second, spec(server), ops);
                second.flush();
                batches.release();
                for (int i = 0; i < ops.size(); i++) {
                    assertEquals(OpenAiBatchFlowTest.expected(i), answers.get(i).join().value().asText());
                }
                assertEquals(1, batches.creations(), "the second run paid nothing new");
                assertEquals(15, second.progress().done());
            }
            try (ModelMachine third = new ModelMachine(Map.of(), dir, n -> { })) {
                submitAll(third, spec(server), ops).forEach(CompletableFuture::join);
                assertEquals(15, third.progress().cacheHits(), "every answer is in the cache");
            }
            assertEquals(0, server.requests().stream().filter(r -> r.path().equals("/v1/chat/completions")).count());
        }
    }

    @Test
    void anOpcodeCancelledWhileHeldBackIsLeftOutOfTheJobAndAwaitCapacityDoesNotWait(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lingo.json"), "{\"queue\": {\"maxUnsent\": 2}}");
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = machine(dir)) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(OpenAiBatchFlowTest.LABELS));
            List<Opcode> ops = OpenAiBatchFlowTest.items(5);
            List<CompletableFuture<TypedAnswer>> answers = new java.util.ArrayList<>();
            for (Opcode op : ops) {
                machine.awaitCapacity(); // held back until the flush: waiting here would never end
                answers.add(machine.submit(List.of(spec(server)), op, CallOptions.NONE));
            }
            assertEquals(5, machine.unsent());
            assertTrue(answers.get(1).cancel(false));
            machine.flush();
            for (int i = 0; i < 5; i++) {
                if (i != 1) {
                    assertEquals(OpenAiBatchFlowTest.expected(i), answers.get(i).join().value().asText());
                }
            }
            assertEquals(1, batches.creations());
            assertEquals(4, batches.inputLines(batches.batchIds().getFirst()).size(), "the cancelled opcode is not in the job");
            assertEquals(1, machine.progress().cancelled());
            assertEquals(4, machine.ledger().calls());
        }
    }
}
