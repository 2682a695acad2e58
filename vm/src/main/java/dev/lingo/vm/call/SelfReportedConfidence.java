package dev.lingo.vm.call;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.answer.AnswerReader;
import dev.lingo.vm.answer.ValidationResult;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The confidence of a provider without log-probabilities (Anthropic, Ollama, GGUF): the model is
 * asked for {@code {"answer": T, "confidence": 0..1}} and says how likely its answer is right. The
 * answer comes back as if asked plainly (its text is the {@code answer}, checked against T as
 * usual) with the stated confidence. Stated confidences are over-confident and bunch near the top,
 * so the threshold they are held against must be measured on labelled items, as for log-probabilities.
 */
final class SelfReportedConfidence {

    static final String INSTRUCTION = "Also say how likely it is that your answer is right: answer with a JSON object"
                    + " {\"answer\": <your answer>, \"confidence\": <a number from 0 to 1>}. Use 1 only when no other answer"
                    + " is possible, 0.5 when you are guessing between two answers.";

    private SelfReportedConfidence() {
    }

    /** The same question with the wrapped answer type and the instruction after the conversation. */
    static ModelRequest wrapped(ModelRequest request) {
        LingoType answer = request.type() == null ? LingoType.STRING : request.type();
        LingoType wrapper = new LingoType.RecordType("ConfidentAnswer", List.of(new Field("answer", answer, null),
                        new Field("confidence", new LingoType.FloatType(0.0, 1.0), "how likely the answer is right, 0 to 1")));
        List<Message> messages = new ArrayList<>(request.messages());
        messages.add(Message.user(INSTRUCTION));
        return new ModelRequest(request.model(), messages, wrapper, request.temperature(), request.maxTokens(), request.seed(), null, false);
    }

    /** Asks {@code provider} with {@link #wrapped} and gives the reply back as an answer to {@code request}. */
    static ModelResponse complete(Provider provider, ModelRequest request) {
        ModelRequest asked = wrapped(request);
        ModelResponse r = provider.complete(asked);
        ValidationResult read = AnswerReader.read(r.text(), asked.type(), provider.schemaFor(asked.type()));
        if (!read.ok()) { // read against T, it fails and is re-asked as any misfit answer is
            return r;
        }
        JsonNode value = read.value();
        String text = Json.write(value.get("answer"));
        double stated = value.path("confidence").asDouble();
        return new ModelResponse(r.provider(), r.model(), text, r.usage(), r.latency(), r.finishReason(), r.rawBody(), r.limitedFor(),
                        Math.max(0, Math.min(1, stated)));
    }
}
