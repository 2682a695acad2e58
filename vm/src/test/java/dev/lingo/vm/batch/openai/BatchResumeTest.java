package dev.lingo.vm.batch.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.batch.RuleModel;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.testing.Eventually;
import dev.lingo.vm.testing.FakeBatchApi;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job is paid for once: a run that stops while it waits, or loses the job's id, finds it again. */
class BatchResumeTest {

    static final List<String> LABELS = OpenAiBatchFlowTest.LABELS;

    @Test
    void aRunKilledWhileItsJobRunsIsResumedByTheNextRunWithoutASecondJob(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS)).hold();
            List<Opcode> ops = OpenAiBatchFlowTest.items(12);
            try (BatchRig first = new BatchRig(server, dir, 1000)) {
                first.submit(ops);
                first.collector.flush();
                Eventually.until(() -> batches.polls() >= 3, () -> "the job to be under way");
                var entries = first.journal.unfinished(first.endpoint, BatchRig.MODEL);
                assertEquals(1, entries.size());
                assertNotNull(entries.getFirst().batchId(), "the job's id is on disk while it runs");
            } // the first run ends here, its job still in progress
            try (BatchRig second = new BatchRig(server, dir, 1000)) {
                List<CompletableFuture<dev.lingo.vm.call.TypedAnswer>> answers = second.submit(ops);
                second.collector.flush();
                batches.release();
                for (int i = 0; i < ops.size(); i++) {
                    assertEquals(OpenAiBatchFlowTest.expected(i), answers.get(i).join().value().asText(), "item " + i);
                }
                assertEquals(1, batches.creations(), "re-attached, not paid again");
                assertEquals(1, batches.uploads());
                assertEquals(0, OpenAiBatchFlowTest.chat(server).size());
                assertTrue(second.journal.unfinished(second.endpoint, BatchRig.MODEL).isEmpty());
            }
        }
    }

    @Test
    void answersTheNewRunNoLongerAsksForAreStoredAllTheSame(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS)).hold();
            List<Opcode> ops = OpenAiBatchFlowTest.items(3);
            try (BatchRig first = new BatchRig(server, dir, 1000)) {
                first.submit(ops);
                first.collector.flush();
                Eventually.until(() -> batches.creations() == 1, () -> "the job to be created");
            }
            try (BatchRig second = new BatchRig(server, dir, 1000)) {
                var only = second.submit(ops.subList(0, 1));
                second.collector.flush();
                batches.release();
                assertEquals("bug", only.getFirst().join().value().asText());
                for (int i = 1; i < 3; i++) {
                    var stored = second.cache.lookup(second.key(BatchRig.request(ops.get(i))));
                    assertEquals("{\"value\":\"" + OpenAiBatchFlowTest.expected(i) + "\"}", stored.orElseThrow().answer().answer());
                }
                assertEquals(1, batches.creations());
            }
        }
    }

    @Test
    void aLostCreateReplyIsRecoveredByTheInputFileNotByCreatingAgain(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); BatchRig rig = new BatchRig(server, dir, 1000)) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS)).loseNextCreateReply();
            var answers = rig.submit(OpenAiBatchFlowTest.items(5));
            rig.collector.flush();
            for (int i = 0; i < 5; i++) {
                assertEquals(OpenAiBatchFlowTest.expected(i), answers.get(i).join().value().asText());
            }
            assertEquals(1, batches.creations());
        }
    }

    @Test
    void aRunThatStoppedBetweenUploadAndCreateCreatesTheJobOnceFromTheSameFile(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); BatchRig rig = new BatchRig(server, dir, 1000);
             BatchApiClient api = new BatchApiClient("openai", Endpoint.of(server.apiBase().toString()))) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS));
            List<Opcode> ops = OpenAiBatchFlowTest.items(4);
            String file = api.upload(rig.inputFile(ops), "earlier.jsonl"); // what the stopped run uploaded
            var entry = rig.journal.begin(rig.endpoint, BatchRig.MODEL, file, ops.stream().map(op -> rig.key(BatchRig.request(op))).toList());
            assertNull(entry.batchId());
            var answers = rig.submit(ops);
            rig.collector.flush();
            answers.forEach(CompletableFuture::join);
            assertEquals(1, batches.creations());
            assertEquals(1, batches.uploads(), "the stopped run's file was used, not uploaded again");
        }
    }
}
