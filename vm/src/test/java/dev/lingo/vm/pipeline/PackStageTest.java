package dev.lingo.vm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.batch.PackingSettings;
import dev.lingo.vm.batch.PromptPacker;
import dev.lingo.vm.batch.RuleModel;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pack stage sends short questions that arrive together as one request, each answer to its own question. */
class PackStageTest {

    static final List<String> LABELS = List.of("billing", "shipping", "other");

    private static List<String> classifyTogether(PipelineRig rig, CallPipeline pipeline, int count) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<TypedAnswer>> all = IntStream.range(0, count).mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> pipeline.answer(rig.question(Opcode.classify("ticket " + i + " is about " + LABELS.get(i % 3), LABELS))), pool))
                            .toList();
            return all.stream().map(f -> f.join().value().asText()).toList();
        }
    }

    @Test
    void twelveClassificationsArrivingTogetherShareFewRequestsAndKeepTheirOwnAnswers() {
        try (PipelineRig rig = new PipelineRig()) {
            rig.server.answerEach(RuleModel.answering(LABELS));
            PackStage stage = new PackStage(new PromptPacker(PackingSettings.DEFAULTS.withWindow(Duration.ofMillis(200)), rig.prices, rig.ledger));
            List<String> answers = classifyTogether(rig, CallPipeline.builder().then(stage).end(rig.read()), 12);
            for (int i = 0; i < 12; i++) {
                assertEquals(LABELS.get(i % 3), answers.get(i));
            }
            assertTrue(rig.server.requests().size() < 12, rig.server.requests().size() + " requests");
            assertEquals(12, stage.stats().packedItems() + stage.stats().askedAlone());
        }
    }

    @Test
    void withPackingOffEachQuestionIsItsOwnRequest() {
        try (PipelineRig rig = new PipelineRig()) {
            rig.server.answerEach(RuleModel.answering(LABELS));
            PackStage stage = new PackStage(new PromptPacker(PackingSettings.OFF, rig.prices, rig.ledger));
            classifyTogether(rig, CallPipeline.builder().then(stage).end(rig.read()), 6);
            assertEquals(6, rig.server.requests().size());
        }
    }
}
