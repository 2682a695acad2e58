package dev.lingo.vm.batch.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.batch.RuleModel;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.testing.Eventually;
import dev.lingo.vm.testing.FakeBatchApi;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submitted opcodes go out as one batch job on flush; answers come back by custom_id, checked and cached. */
class OpenAiBatchFlowTest {

    static final List<String> LABELS = List.of("bug", "billing", "praise");

    static String text(int i) {
        return switch (i % 3) {
            case 0 -> "Crash: a bug in the export screen, ticket " + i;
            case 1 -> "Question about billing on invoice " + i;
            default -> "Only praise for release " + i;
        };
    }

    static List<Opcode> items(int count) {
        return IntStream.range(0, count).mapToObj(i -> Opcode.classify(text(i), LABELS)).toList();
    }

    static String expected(int i) {
        return LABELS.get(i % 3);
    }

    static List<RecordedRequest> chat(FakeOpenAiServer server) {
        return server.requests().stream().filter(r -> r.path().equals("/v1/chat/completions")).toList();
    }

    static long journalEntries(BatchRig rig) throws IOException {
        if (!Files.isDirectory(rig.journal.directory())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(rig.journal.directory())) {
            return files.count();
        }
    }

    @Test
    void aFlushSendsEverythingSubmittedAsOneJobAndTheAnswersComeBackInOrderAndCached(@TempDir Path dir) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); BatchRig rig = new BatchRig(server, dir, 1000)) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS)).pollsPerStage(2);
            List<CompletableFuture<TypedAnswer>> answers = rig.submit(items(30));
            rig.collector.flush();
            for (int i = 0; i < 30; i++) {
                assertEquals(expected(i), answers.get(i).join().value().asText(), "item " + i);
            }
            assertEquals(1, batches.uploads());
            assertEquals(1, batches.creations());
            assertTrue(batches.polls() >= 6, "validating, in progress and finalizing take two polls each");
            assertEquals(0, chat(server).size(), "no synchronous call");
            for (int i = 0; i < 30; i++) {
                var request = BatchRig.request(items(30).get(i));
                assertEquals("{\"value\":\"" + expected(i) + "\"}", rig.cache.lookup(rig.key(request)).orElseThrow().answer().answer());
            }
            assertEquals(0, journalEntries(rig), "a finished job leaves the journal");
            assertEquals(30, rig.ledger.calls());
        }
    }

    @Test
    void theInputFileHasOneChatCompletionsLinePerRequestNamedByItsKey(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); BatchRig rig = new BatchRig(server, dir, 1000)) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS));
            List<Opcode> ops = items(3);
            var answers = rig.submit(ops);
            rig.collector.flush();
            answers.forEach(CompletableFuture::join);
            List<JsonNode> lines = batches.inputLines(batches.batchIds().getFirst());
            assertEquals(3, lines.size());
            for (JsonNode line : lines) {
                assertEquals("POST", line.path("method").asText());
                assertEquals("/v1/chat/completions", line.path("url").asText());
                assertEquals(BatchRig.MODEL, line.path("body").path("model").asText());
                assertEquals("json_schema", line.path("body").path("response_format").path("type").asText());
            }
            List<String> keys = ops.stream().map(op -> rig.key(BatchRig.request(op)).hash()).sorted().toList();
            assertEquals(keys, lines.stream().map(l -> l.path("custom_id").asText()).sorted().toList());
        }
    }

    @Test
    void misfitsAndFailedLinesAreAskedTheNormalWayAndNothingElseIs(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); BatchRig rig = new BatchRig(server, dir, 1000)) {
            var rule = RuleModel.answering(LABELS);
            // in the batch, item 4's text gets a label that is not one; item 7's line fails
            FakeBatchApi batches = server.batchApi(r -> RuleModel.userText(r).equals(text(4))
                    ? "{\"value\": \"spam\"}" : rule.apply(r));
            String failing = rig.key(BatchRig.request(items(8).get(7))).hash();
            batches.failLines(failing::equals);
            server.answerEach(rule);
            var answers = rig.submit(items(9));
            rig.collector.flush();
            for (int i = 0; i < 9; i++) {
                assertEquals(expected(i), answers.get(i).join().value().asText(), "item " + i);
            }
            assertEquals(List.of(text(4), text(7)), chat(server).stream().map(RuleModel::userText).sorted().toList());
            assertEquals(1, batches.creations());
        }
    }

    @Test
    void aLineCutOffAtTheTokenLimitIsAskedAgainAloneNotUsed(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); BatchRig rig = new BatchRig(server, dir, 1000)) {
            var rule = RuleModel.answering(LABELS);
            String cut = rig.key(BatchRig.request(items(5).get(2))).hash();
            server.batchApi(rule).cutLines(cut::equals);
            server.answerEach(rule);
            var answers = rig.submit(items(5));
            rig.collector.flush();
            for (int i = 0; i < 5; i++) {
                assertEquals(expected(i), answers.get(i).join().value().asText(), "item " + i);
            }
            assertEquals(List.of(text(2)), chat(server).stream().map(RuleModel::userText).toList(),
                    "the cut-off line's answer is not trusted: that item alone is asked the normal way");
        }
    }

    @Test
    void aFailedJobFailsItsItemsWithAProviderErrorNamingTheJob(@TempDir Path dir) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); BatchRig rig = new BatchRig(server, dir, 1000)) {
            server.batchApi(RuleModel.answering(LABELS)).failBatches("line 3: model not allowed");
            var answers = rig.submit(items(4));
            rig.collector.flush();
            CompletionException e = assertThrows(CompletionException.class, () -> answers.getFirst().join());
            BatchJobFailedException failure = assertInstanceOf(BatchJobFailedException.class, e.getCause());
            assertEquals("ModelProviderError", failure.kind());
            assertTrue(failure.getMessage().contains(failure.batchId()) && failure.getMessage().contains("model not allowed"),
                    failure.getMessage());
            assertEquals(0, chat(server).size());
            assertEquals(0, journalEntries(rig), "a rejected job costs nothing and is not followed again");
        }
    }

    @Test
    void aFullQueueIsSentWithoutWaitingForAFlush(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); BatchRig rig = new BatchRig(server, dir, 10)) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS));
            var answers = rig.submit(items(25));
            Eventually.until(() -> batches.creations() == 2, () -> "two full jobs of 10");
            assertEquals(5, rig.collector.queued());
            rig.collector.flush();
            for (int i = 0; i < 25; i++) {
                assertEquals(expected(i), answers.get(i).join().value().asText());
            }
            assertEquals(3, batches.creations());
        }
    }
}
