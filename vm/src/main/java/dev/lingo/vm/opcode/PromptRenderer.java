package dev.lingo.vm.opcode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.schema.JsonSchemaWriter;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.PerTypeMemo;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns an {@link Opcode} into the two messages real models receive: a system message (the
 * context, what to do, how to answer) and a user message (the text, or gen's prompt). The wording
 * keeps instructions and data apart so a text cannot pose as an instruction. The answer's JSON
 * Schema is written into the system message unless the provider shows it to the model itself
 * (see {@link dev.lingo.vm.provider.Provider#schemaInPrompt}): not every server enforces
 * structured output, and grammar-constrained decoding never shows the model the field
 * descriptions. Deterministic: the same opcode always renders the same messages (the answer
 * cache keys on them).
 */
public final class PromptRenderer {

    private static final PerTypeMemo<String> ANSWER_FORMATS = new PerTypeMemo<>(PromptRenderer::writeAnswerFormat);
    private static final String FREE_TEXT = "Reply with the requested text only: no preamble, no quotes, no explanation.";
    private static final String SCHEMA_ELSEWHERE = "Answer with JSON that fits the JSON Schema this request gives for the"
            + " answer, and nothing else (no code fences, no comments).";

    private PromptRenderer() {
    }

    public static List<Message> render(Opcode op) {
        return render(op, true);
    }

    /** @param showSchema write the answer's JSON Schema into the prompt (leave it out only when the provider shows it) */
    public static List<Message> render(Opcode op, boolean showSchema) {
        return List.of(Message.system(system(op, showSchema)), Message.user(user(op), op.images()));
    }

    static String system(Opcode op, boolean showSchema) {
        String format = StructuredSchema.isFreeText(op.answerType()) ? FREE_TEXT
                : showSchema ? ANSWER_FORMATS.get(op.answerType()) : SCHEMA_ELSEWHERE;
        String task = op.images().isEmpty() ? task(op) : task(op) + "\n\n" + imagesNote(op.images().size());
        String context = op.context() == null ? null : op.context().strip();
        StringBuilder s = new StringBuilder((context == null ? 0 : context.length() + 2) + task.length() + 2 + format.length());
        if (context != null) {
            s.append(context).append("\n\n");
        }
        s.append(task).append("\n\n").append(format);
        return s.toString();
    }

    /**
     * For messages this renderer made for a structured answer: whether they carry the schema
     * (rather than pointing to the one the request carries). Tells without rendering again.
     */
    public static boolean showsSchema(List<Message> rendered) {
        return rendered.isEmpty() || !rendered.getFirst().content().endsWith(SCHEMA_ELSEWHERE);
    }

    /** The images are part of the message: the text marks where each belongs. */
    private static String imagesNote(int count) {
        return count == 1 ? "The user's message comes with an image, marked [image 1] in its text; read it as part of the message."
                : "The user's message comes with " + count + " images, marked [image 1] to [image " + count
                        + "] in its text in the order they are attached; read them as part of the message.";
    }

    static String user(Opcode op) {
        return op.kind() == OpcodeKind.GEN ? op.instruction() : op.input();
    }

    private static String task(Opcode op) {
        return switch (op.kind()) {
            case GEN -> "Carry out the instruction in the user's message.";
            case EXTRACT -> "Extract information from the text in the user's message. Use only what the text "
                    + "states; do not guess. Where the text does not give a value for an optional field, use null.";
            case CLASSIFY -> "Classify the text in the user's message. Choose exactly one of these labels: "
                    + op.labels().stream().map(LingoType::quote).collect(Collectors.joining(", "))
                    + ". Pick the label that fits best even if none fits perfectly.";
            case CHECK -> "Decide whether the text in the user's message supports this claim:\n"
                    + op.instruction().strip()
                    + "\nAnswer true only if the text supports the claim; answer false if it contradicts the claim "
                    + "or does not address it.";
        };
    }

    private static String writeAnswerFormat(LingoType type) {
        ObjectNode schema = JsonSchemaWriter.write(type, SchemaProfile.STANDARD);
        schema.remove("$schema"); // the dialect URL tells a model nothing
        return "Answer with JSON that fits this JSON Schema, and nothing else (no code fences, no comments):\n"
                + Json.write(schema);
    }
}
