package dev.lingo.vm.opcode;

import dev.lingo.vm.provider.ImageInput;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.LiteralUnionType;
import java.util.List;
import java.util.Objects;

/**
 * One LLM opcode as data, shared by the language (which builds it) and every provider (which
 * renders it to messages, or, like the offline model, answers from its structure).
 *
 * @param kind        which opcode
 * @param instruction gen: the prompt; check: the claim; otherwise null
 * @param input       extract / classify / check: the text; gen: null
 * @param labels      classify: the allowed labels, in order; otherwise empty
 * @param answerType  gen / extract: T; classify: the labels as a literal union (or an alias of one); check: Bool
 * @param context     the instructions of the enclosing system/context blocks, or null
 * @param images      images sent with the user's message (gen's prompt, the others' text), in order; usually none
 * @param wantsConfidence whether the model is asked how sure it is of its answer (the first model of a
 *                    cascade): the request asks for token log-probabilities, and is cached apart
 */
public record Opcode(OpcodeKind kind, String instruction, String input, List<String> labels,
                     LingoType answerType, String context, List<ImageInput> images, boolean wantsConfidence) {

    public Opcode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answerType, "answerType");
        labels = labels == null ? List.of() : List.copyOf(labels);
        images = images == null ? List.of() : List.copyOf(images);
        switch (kind) {
            case GEN -> require(instruction, "gen needs a prompt");
            case EXTRACT -> require(input, "extract needs a text");
            case CLASSIFY -> {
                require(input, "classify needs a text");
                if (labels.isEmpty()) {
                    throw new IllegalArgumentException("classify needs at least one label");
                }
                if (!(answerType.resolved() instanceof LiteralUnionType union) || !union.values().equals(labels)) {
                    throw new IllegalArgumentException("classify answers one of its labels, not " + answerType.display());
                }
            }
            case CHECK -> {
                require(instruction, "check needs a claim");
                require(input, "check needs a text");
                if (!(answerType.resolved() instanceof LingoType.BoolType)) {
                    throw new IllegalArgumentException("check answers a Bool, not " + answerType.display());
                }
            }
        }
    }

    /** An opcode without images that does not ask for a confidence. */
    public Opcode(OpcodeKind kind, String instruction, String input, List<String> labels, LingoType answerType, String context) {
        this(kind, instruction, input, labels, answerType, context, List.of(), false);
    }

    public static Opcode gen(String prompt, LingoType type) {
        return new Opcode(OpcodeKind.GEN, prompt, null, List.of(), type == null ? LingoType.STRING : type, null);
    }

    public static Opcode extract(LingoType type, String text) {
        return new Opcode(OpcodeKind.EXTRACT, null, text, List.of(), type, null);
    }

    public static Opcode classify(String text, List<String> labels) {
        return new Opcode(OpcodeKind.CLASSIFY, null, text, labels, new LiteralUnionType(labels), null);
    }

    /** Classify as a declared union of literals, e.g. {@code type Route = "bug" | "billing"}. */
    public static Opcode classify(String text, LingoType labelType) {
        if (!(labelType.resolved() instanceof LiteralUnionType union)) {
            throw new IllegalArgumentException("classify needs a union of string literals, not " + labelType.display());
        }
        return new Opcode(OpcodeKind.CLASSIFY, null, text, union.values(), labelType, null);
    }

    public static Opcode check(String claim, String text) {
        return new Opcode(OpcodeKind.CHECK, claim, text, List.of(), LingoType.BOOL, null);
    }

    /** The same opcode inside a system/context block; null or blank removes the context. */
    public Opcode withContext(String newContext) {
        String c = newContext == null || newContext.isBlank() ? null : newContext;
        return new Opcode(kind, instruction, input, labels, answerType, c, images, wantsConfidence);
    }

    /** The same opcode with these images after the user's message. */
    public Opcode withImages(List<ImageInput> newImages) {
        return new Opcode(kind, instruction, input, labels, answerType, context, newImages, wantsConfidence);
    }

    /** The same opcode asking the model also for how sure it is (see {@link #wantsConfidence}). */
    public Opcode withConfidence(boolean wanted) {
        return new Opcode(kind, instruction, input, labels, answerType, context, images, wanted);
    }

    private static void require(String text, String message) {
        if (text == null) {
            throw new IllegalArgumentException(message);
        }
    }
}
