package dev.lingo.vm.batch;

import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.opcode.OpcodeKind;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.types.LingoType;

/**
 * What opcodes must share to go in one pack: who answers, the task (kind, claim, answer type,
 * labels, context), the sampling options and whether the prompt shows the schema. The texts are
 * what differ.
 *
 * @param endpoint   who answers (the scheduler's endpoint identity), never a key
 * @param showSchema the items' prompts hold the answer's JSON Schema, so the pack's does too
 */
record PackShape(String endpoint, String model, OpcodeKind kind, String claim, LingoType answerType, String context,
                 Double temperature, Integer maxTokens, Long seed, boolean showSchema) {

    static PackShape of(String endpoint, ModelRequest request, boolean showSchema) {
        Opcode op = request.opcode();
        return new PackShape(endpoint, request.model(), op.kind(), op.kind() == OpcodeKind.CHECK ? op.instruction() : null,
                op.answerType(), op.context(), request.temperature(), request.maxTokens(), request.seed(), showSchema);
    }
}
