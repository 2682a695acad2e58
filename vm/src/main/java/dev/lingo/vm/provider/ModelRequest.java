package dev.lingo.vm.provider;

import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.opcode.PromptRenderer;
import dev.lingo.vm.types.LingoType;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One call to a model.
 *
 * @param model       the provider's model id, e.g. {@code gpt-4o-mini}
 * @param messages    the conversation, system messages first
 * @param type        the answer's type (its schema is sent); null or String for free text
 * @param temperature null for the provider's default
 * @param maxTokens   null for the provider's default (Anthropic requires one: 1024 is sent)
 * @param seed        null for none; providers without seeds ignore it
 * @param opcode      the opcode the messages were rendered from, or null for a raw conversation;
 *                    providers that answer from structure (the offline model) read it
 * @param confidence  whether to ask for the answer's token log-probabilities (a cascade's first model),
 *                    so the response can say how sure the model was ({@link ModelResponse#confidence})
 */
public record ModelRequest(String model, List<Message> messages, LingoType type,
                           Double temperature, Integer maxTokens, Long seed, Opcode opcode, boolean confidence) {

    public ModelRequest {
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("a model request needs a model id");
        }
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a model request needs at least one message");
        }
    }

    public ModelRequest(String model, List<Message> messages, LingoType type,
                        Double temperature, Integer maxTokens, Long seed, Opcode opcode) {
        this(model, messages, type, temperature, maxTokens, seed, opcode, false);
    }

    /** A request with no opcode behind it. */
    public ModelRequest(String model, List<Message> messages, LingoType type,
                        Double temperature, Integer maxTokens, Long seed) {
        this(model, messages, type, temperature, maxTokens, seed, null);
    }

    public static ModelRequest of(String model, LingoType type, Message... messages) {
        return new ModelRequest(model, List.of(messages), type, null, null, null);
    }

    /** The request for one opcode: its messages rendered by {@link PromptRenderer}, its answer type. */
    public static ModelRequest forOpcode(String model, Opcode op, Double temperature, Integer maxTokens, Long seed) {
        return forOpcode(model, op, temperature, maxTokens, seed, true);
    }

    /** @param schemaInPrompt whether the prompt repeats the answer's schema (see {@link Provider#schemaInPrompt}) */
    public static ModelRequest forOpcode(String model, Opcode op, Double temperature, Integer maxTokens, Long seed,
                                         boolean schemaInPrompt) {
        return new ModelRequest(model, PromptRenderer.render(op, schemaInPrompt), op.answerType(), temperature, maxTokens, seed, op,
                        op.wantsConfidence());
    }

    public ModelRequest withMessages(List<Message> newMessages) {
        return new ModelRequest(model, newMessages, type, temperature, maxTokens, seed, opcode, confidence);
    }

    public ModelRequest withTemperature(Double newTemperature) {
        return new ModelRequest(model, messages, type, newTemperature, maxTokens, seed, opcode, confidence);
    }

    public ModelRequest withMaxTokens(Integer newMaxTokens) {
        return new ModelRequest(model, messages, type, temperature, newMaxTokens, seed, opcode, confidence);
    }

    public ModelRequest withSeed(Long newSeed) {
        return new ModelRequest(model, messages, type, temperature, maxTokens, newSeed, opcode, confidence);
    }

    /** All system messages joined by blank lines, or null: for APIs with one top-level system prompt. */
    public String systemPrompt() {
        String joined = messages.stream().filter(m -> m.role() == Role.SYSTEM).map(Message::content)
                .collect(Collectors.joining("\n\n"));
        return joined.isEmpty() ? null : joined;
    }

    /** Whether any message carries images (providers without vision refuse such a request). */
    public boolean hasImages() {
        return messages.stream().anyMatch(Message::hasImages);
    }

    /** The user and assistant turns, in order. */
    public List<Message> turns() {
        return messages.stream().filter(m -> m.role() != Role.SYSTEM).toList();
    }
}
