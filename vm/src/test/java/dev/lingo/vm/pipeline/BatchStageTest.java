package dev.lingo.vm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lingo.vm.batch.RuleModel;
import dev.lingo.vm.batch.openai.BatchApiSettings;
import dev.lingo.vm.batch.openai.OpenAiBatchMode;
import dev.lingo.vm.batch.openai.PollSchedule;
import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.testing.FakeBatchApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch stage holds OpenAI questions for one Batch API job while batch mode is on, and lets them pass when it is off. */
class BatchStageTest {

    static final List<String> LABELS = List.of("bug", "billing", "praise");
    static final BatchApiSettings FAST = new BatchApiSettings(1000, Duration.ofSeconds(60),
                    new PollSchedule(Duration.ofMillis(1), Duration.ofMillis(10), 2, 3));

    @Test
    void inBatchModeSixQuestionsBecomeOneJobAndNoChatRequest(@TempDir Path dir) throws Exception {
        try (PipelineRig rig = new PipelineRig();
             OpenAiBatchMode mode = new OpenAiBatchMode(FAST, dir.resolve("batches"), AnswerCache.disabled(), rig.prices, rig.ledger, rig.scheduler);
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            FakeBatchApi batches = rig.server.batchApi(RuleModel.answering(LABELS));
            BatchStage stage = new BatchStage();
            stage.mode(mode);
            CallPipeline pipeline = CallPipeline.builder().then(stage).end(rig.read());
            List<CompletableFuture<TypedAnswer>> answers = IntStream.range(0, 6).mapToObj(i -> {
                mode.collector().expect(); // as the machine does when an opcode is submitted
                return CompletableFuture.supplyAsync(() -> mode.collector().arriving(
                                () -> pipeline.answer(rig.question(Opcode.classify("a " + LABELS.get(i % 3) + " report", LABELS)))), pool);
            }).toList();
            mode.collector().flush();
            for (int i = 0; i < 6; i++) {
                assertEquals(LABELS.get(i % 3), answers.get(i).join().value().asText());
            }
            assertEquals(1, batches.creations());
            assertEquals(0, rig.server.requests().stream().filter(r -> r.path().endsWith("/chat/completions")).count());
        }
    }

    @Test
    void withBatchModeOffAQuestionGoesStraightOn() {
        try (PipelineRig rig = new PipelineRig()) {
            rig.server.answerEach(RuleModel.answering(LABELS));
            CallPipeline pipeline = CallPipeline.builder().then(new BatchStage()).end(rig.read());
            assertEquals("billing", pipeline.answer(rig.question(Opcode.classify("a billing report", LABELS))).value().asText());
            assertEquals(1, rig.server.requests().size());
        }
    }
}
