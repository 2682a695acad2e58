package dev.lingo.vm.batch;

import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.opcode.OpcodeKind;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.types.LingoType;

/**
 * What opcodes must share to go in one pack: who answers, the task (kind, claim, answer type,
 * labels, context) and the sampling options. The texts are what differ.
 *
 * @param endpoint who answers (the scheduler's endpoint identity), never a key
 */
record PackShape(String endpoint, String model, OpcodeKind kind, String claim, LingoType answerType, String context,
                 Double temperature, Integer maxTokens, Long seed) {

    static PackShape of(String endpoint, ModelRequest request) {
        Opcode op = request.opcode();
        return new PackShape(endpoint, request.model(), op.kind(), op.kind() == OpcodeKind.CHECK ? op.instruction() : null,
                op.answerType(), op.context(), request.temperature(), request.maxTokens(), request.seed());
    }
}
