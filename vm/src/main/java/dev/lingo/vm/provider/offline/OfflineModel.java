package dev.lingo.vm.provider.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.EmbeddingRequest;
import dev.lingo.vm.provider.EmbeddingResponse;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ImagesUnsupportedException;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.Role;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.types.LingoType;
import java.time.Duration;
import java.util.List;

/**
 * The default when no language model is configured: answers every opcode deterministically from
 * its input text with sentence embeddings (MiniLM, in the jar) and rules, so programs run on a
 * fresh machine with no key. It is not a language model and never claims to be one: gen String
 * answers are marked {@code [offline]}, usage is zero and the CLI prints {@link #NOTICE}.
 * <ul>
 * <li>classify: {@link LabelChooser}; check: {@link ClaimChecker};</li>
 * <li>extract T (and gen T for a non-String T, from the prompt): {@link ValueExtractor};</li>
 * <li>gen String: {@link GenEcho}.</li>
 * </ul>
 * A request without an opcode is read as extract (or gen, for free text) from its last user message.
 */
public final class OfflineModel implements Provider {

    public static final String NAME = "offline";
    public static final String MODEL = "minilm-rules";
    /** The model {@link #embed} uses, whatever the request names: the quantized all-MiniLM-L6-v2 in the jar (384 dimensions). */
    public static final String EMBEDDING_MODEL = "all-minilm-l6-v2";

    /** The one line the CLI prints when it falls back to this model because none is configured. */
    public static final String NOTICE = "lingo: no language model is configured, so LLM opcodes are answered by the offline "
            + "stand-in (embeddings and rules, not a language model). To use a model set OPENAI_API_KEY (with "
            + "OPENAI_BASE_URL for any OpenAI-compatible server), ANTHROPIC_API_KEY or OLLAMA_HOST, or LINGO_MODEL "
            + "(e.g. gguf:/path/model.gguf, or gguf:qwen2.5-0.5b-instruct after `lingo model pull qwen2.5-0.5b-instruct`).";

    /** The line printed when this model was asked for ({@code by}: {@code LINGO_MODEL}, {@code lingo.json}, {@code the script}). */
    public static String chosenNotice(String by) {
        return "lingo: LLM opcodes are answered by the offline stand-in (embeddings and rules, not a language model),"
                + " as " + by + " asks.";
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SchemaProfile schemaProfile() {
        return SchemaProfile.STANDARD;
    }

    @Override
    public ModelResponse complete(ModelRequest request) {
        if (request.hasImages()) {
            // it reads text only: answering from the words around an image would look like seeing it
            throw new ImagesUnsupportedException(NAME, "the offline stand-in (rules and MiniLM embeddings)");
        }
        long started = System.nanoTime();
        Opcode op = request.opcode() != null ? request.opcode() : fromConversation(request);
        String text = answer(op);
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        return new ModelResponse(NAME, MODEL, text, Usage.ZERO, latency, "stop", text);
    }

    /** Unit-length MiniLM vectors, computed in-process; no tokens are counted (nothing is billed). */
    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        long started = System.nanoTime();
        List<float[]> vectors = MiniLmEmbedder.embedAll(request.texts());
        return new EmbeddingResponse(NAME, EMBEDDING_MODEL, vectors, Usage.ZERO, Duration.ofNanos(System.nanoTime() - started), null);
    }

    /** The answer as the model's text: JSON, or plain text for a String answer. */
    static String answer(Opcode op) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode value = switch (op.kind()) {
            case CLASSIFY -> nodes.textNode(LabelChooser.choose(op.input(), op.labels(), FieldCue.NONE));
            case CHECK -> nodes.booleanNode(ClaimChecker.check(op.instruction(), op.input()));
            case EXTRACT -> ValueExtractor.extract(op.answerType(), op.input());
            case GEN -> StructuredSchema.isFreeText(op.answerType()) ? nodes.textNode(GenEcho.echo(op.instruction()))
                    : ValueExtractor.extract(op.answerType(), op.instruction());
        };
        return StructuredSchema.isFreeText(op.answerType()) ? value.asText() : Json.write(value);
    }

    private static Opcode fromConversation(ModelRequest request) {
        String last = request.messages().reversed().stream().filter(m -> m.role() == Role.USER)
                .map(Message::content).findFirst().orElse("");
        LingoType type = request.type() == null ? LingoType.STRING : request.type();
        return StructuredSchema.isFreeText(type)
                ? Opcode.gen(last, type) : Opcode.extract(type, last);
    }

    @Override
    public String toString() {
        return "OfflineModel[" + MODEL + "]";
    }
}
