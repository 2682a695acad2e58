package dev.lingo.vm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.cache.CacheSettings;
import dev.lingo.vm.cache.CachingCaller;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.trace.SecretRedactor;
import dev.lingo.vm.types.LingoType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache stage answers what the cache on disk holds, so the server is asked once per question across runs. */
class CacheStageTest {

    @Test
    void aStoredAnswerIsGivenWithoutAskingAndSurvivesTheCacheBeingReopened(@TempDir Path dir) {
        try (PipelineRig rig = new PipelineRig()) {
            rig.server.answerAlways("42", java.time.Duration.ZERO);
            ModelQuestion q = rig.question(Opcode.gen("How many?", LingoType.INT));
            for (int run = 0; run < 2; run++) { // two runs, each opening the cache afresh
                try (AnswerCache cache = AnswerCache.open(CacheSettings.in(dir), rig.prices, SecretRedactor.fromEnvironment(java.util.Map.of()), n -> { })) {
                    CacheStage stage = new CacheStage(new CachingCaller(cache, null, null, rig.prices), rig.progress, rig.ledger);
                    CallPipeline pipeline = CallPipeline.builder().then(stage).end(rig.read());
                    assertEquals(42, pipeline.answer(q).value().asInt());
                    assertEquals(42, pipeline.answer(q).value().asInt());
                }
            }
            assertEquals(1, rig.server.requests().size());
            assertEquals(3, rig.progress.snapshot().cacheHits());
        }
    }

    @Test
    void withoutTheStageEveryQuestionIsAskedAndADirectQuestionPassesIt(@TempDir Path dir) {
        try (PipelineRig rig = new PipelineRig();
             AnswerCache cache = AnswerCache.open(CacheSettings.in(dir), rig.prices, SecretRedactor.fromEnvironment(java.util.Map.of()), n -> { })) {
            rig.server.answerAlways("7", java.time.Duration.ZERO);
            ModelQuestion q = rig.question(Opcode.gen("How many?", LingoType.INT));
            CallPipeline bare = CallPipeline.builder().end(rig.read());
            bare.answer(q);
            bare.answer(q);
            assertEquals(2, rig.server.requests().size());

            CacheStage stage = new CacheStage(new CachingCaller(cache, null, null, rig.prices), rig.progress, rig.ledger);
            ModelQuestion direct = ModelQuestion.direct("openai", rig.provider, q.request(), 2);
            CallPipeline cached = CallPipeline.builder().then(stage).end(rig.read());
            cached.answer(direct);
            cached.answer(direct);
            assertEquals(4, rig.server.requests().size());
            assertNull(stage.lookUp(direct, false));
        }
    }
}
