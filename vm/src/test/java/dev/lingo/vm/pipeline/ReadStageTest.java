package dev.lingo.vm.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.types.LingoType;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The read stage validates what the model says and re-asks a misfit, as many times as the question allows. */
class ReadStageTest {

    @Test
    void aMisfitIsReaskedWithItsErrorShownThenAccepted() {
        try (PipelineRig rig = new PipelineRig()) {
            AtomicInteger asked = new AtomicInteger();
            rig.server.answerEach(r -> asked.incrementAndGet() == 1 ? "about twelve" : "12");
            CallPipeline pipeline = CallPipeline.builder().end(rig.read());
            assertEquals(12, pipeline.answer(rig.question(Opcode.gen("How many?", LingoType.INT))).value().asInt());
            assertEquals(2, rig.server.requests().size());
            assertTrue(rig.server.requests().get(1).body().contains("about twelve"), "the re-ask shows the misfit answer");
        }
    }

    @Test
    void aMisfitWithNoRetriesLeftFailsNamingTheRawAnswer() {
        try (PipelineRig rig = new PipelineRig()) {
            rig.server.answerEach(r -> "about twelve");
            CallPipeline pipeline = CallPipeline.builder().end(rig.read());
            InvalidAnswerException e = assertThrows(InvalidAnswerException.class,
                            () -> pipeline.answer(rig.question(Opcode.gen("How many?", LingoType.INT), null, 0)));
            assertTrue(e.getMessage().contains("about twelve"), e.getMessage());
            assertEquals(1, rig.server.requests().size());
        }
    }
}
