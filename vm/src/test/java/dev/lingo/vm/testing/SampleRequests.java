package dev.lingo.vm.testing;

import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.ModelRequest;
import java.util.List;

/** Requests several provider tests send. */
public final class SampleRequests {

    private SampleRequests() {
    }

    /** {@code classify "I was charged twice" as "bug" | "billing" | "question"}, asked with its confidence or not. */
    public static ModelRequest classifyTicket(String model, boolean confidence) {
        Opcode op = Opcode.classify("I was charged twice", List.of("bug", "billing", "question")).withConfidence(confidence);
        return ModelRequest.forOpcode(model, op, null, null, null, false);
    }
}
