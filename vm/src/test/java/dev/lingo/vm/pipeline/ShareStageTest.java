package dev.lingo.vm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.types.LingoType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The share stage sends identical questions asked at the same time once, but never a sampled one. */
class ShareStageTest {

    private static List<TypedAnswer> askTogether(CallPipeline pipeline, ModelQuestion q, int times) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<TypedAnswer>> all = IntStream.range(0, times)
                            .mapToObj(i -> CompletableFuture.supplyAsync(() -> pipeline.answer(q), pool)).toList();
            return all.stream().map(CompletableFuture::join).toList();
        }
    }

    @Test
    void eightIdenticalQuestionsInFlightAreOneRequest() {
        try (PipelineRig rig = new PipelineRig()) {
            rig.server.answerAlways("5", Duration.ofMillis(400));
            ShareStage stage = new ShareStage(rig.progress);
            CallPipeline pipeline = CallPipeline.builder().then(stage).end(rig.read());
            List<TypedAnswer> answers = askTogether(pipeline, rig.question(Opcode.gen("Five?", LingoType.INT)), 8);
            answers.forEach(a -> assertEquals(5, a.value().asInt()));
            assertEquals(1, rig.server.requests().size());
            assertEquals(7, rig.progress.snapshot().shared());
            assertEquals(0, stage.inFlight());
        }
    }

    @Test
    void aQuestionSampledWithoutASeedIsAskedEachTime() {
        try (PipelineRig rig = new PipelineRig()) {
            rig.server.answerAlways("5", Duration.ofMillis(200));
            CallPipeline pipeline = CallPipeline.builder().then(new ShareStage(rig.progress)).end(rig.read());
            askTogether(pipeline, rig.question(Opcode.gen("Five?", LingoType.INT), 0.8, 2), 4);
            assertEquals(4, rig.server.requests().size());
        }
    }
}
