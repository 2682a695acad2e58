package dev.lingo.vm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelMachine;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.schedule.RunProgress;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program run's machine packs what a map submits, reads lingo.json's settings, and caches item by item. */
class MachinePackingTest {

    static ModelSpec spec(FakeOpenAiServer server) {
        return new ModelSpec("openai", PackingRig.MODEL, Map.of("baseUrl", server.apiBase().toString()));
    }

    static List<CompletableFuture<TypedAnswer>> submitAll(ModelMachine machine, ModelSpec spec, List<Opcode> ops) {
        return ops.stream().<CompletableFuture<TypedAnswer>>map(op -> machine.submit(List.of(spec), op, CallOptions.NONE)).toList();
    }

    @Test
    void aMapOfShortClassifiesIsPackedThenASecondRunWithoutPackingIsAnsweredFromTheCache(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), "{\"packing\": {\"maxItems\": 16, \"windowMillis\": 1500}}");
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(RuleModel.answering(PromptPackerTest.LABELS));
            List<Opcode> ops = PromptPackerTest.classifyItems(40);
            try (ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { })) {
                var answers = submitAll(machine, spec(server), ops);
                for (int i = 0; i < 40; i++) {
                    assertEquals(RuleModel.labelIn(PromptPackerTest.LABELS).apply(PromptPackerTest.text(i)).asText(),
                            answers.get(i).join().value().asText());
                }
                assertEquals(3, server.requests().size());
                assertEquals(new PackingStats(3, 40, 0), machine.packingStats());
                RunProgress p = machine.progress();
                assertEquals(40, p.done());
                assertTrue(p.finished());
                assertTrue(machine.summary().startsWith("3 model calls") && machine.summary().contains("40 answers from 3 packed requests"),
                        machine.summary());
            }
            try (ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { })) {
                machine.packing(PackingSettings.OFF);
                var answers = submitAll(machine, spec(server), ops);
                answers.forEach(CompletableFuture::join);
                assertEquals(3, server.requests().size(), "no new call: each item was cached under its own key");
                assertEquals(40, machine.progress().cacheHits());
            }
        }
    }

    @Test
    void packingOffInLingoJsonSendsOneRequestPerItem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), "{\"packing\": {\"enabled\": false}}");
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { })) {
            server.answerEach(RuleModel.answering(PromptPackerTest.LABELS));
            submitAll(machine, spec(server), PromptPackerTest.classifyItems(5)).forEach(CompletableFuture::join);
            assertEquals(5, server.requests().size());
            assertEquals(new PackingStats(0, 0, 0), machine.packingStats());
        }
    }

    @Test
    void anItemCancelledBeforeItsPackIsSentLeavesThePack(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), "{\"packing\": {\"maxItems\": 16, \"windowMillis\": 1500}}");
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { })) {
            server.answerEach(RuleModel.answering(PromptPackerTest.LABELS));
            var answers = submitAll(machine, spec(server), PromptPackerTest.classifyItems(5));
            assertTrue(answers.get(2).cancel(false), "the pack waits 1.5 s for company: nothing is sent yet");
            for (int i = 0; i < 5; i++) {
                if (i != 2) {
                    assertEquals(RuleModel.labelIn(PromptPackerTest.LABELS).apply(PromptPackerTest.text(i)).asText(),
                            answers.get(i).join().value().asText());
                }
            }
            assertEquals(1, server.requests().size());
            assertFalse(server.lastRequest().body().contains(PromptPackerTest.text(2)), "the cancelled item is not in the pack");
            assertEquals(new PackingStats(1, 4, 0), machine.packingStats());
            assertEquals(1, machine.progress().cancelled());
            assertTrue(machine.progress().finished());
        }
    }
}
