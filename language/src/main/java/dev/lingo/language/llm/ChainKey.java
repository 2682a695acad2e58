package dev.lingo.language.llm;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Pending;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.Cascade;
import dev.lingo.vm.machine.ModelSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes two chained opcodes (whose operands are answers on their way) the same call when
 * they are started ahead and again for real: the same node over the same answers. An opcode's
 * answer is the same by identity; a value derived from answers by its node and its inputs.
 */
record ChainKey(Node node, List<Object> operands, String context, List<ModelSpec> chain, Cascade cascade, CallOptions options) {

    static List<Object> canonical(Object[] operands) {
        List<Object> out = new ArrayList<>(operands.length);
        for (Object o : operands) {
            out.add(canonical(o));
        }
        return out;
    }

    private static Object canonical(Object o) {
        if (o instanceof Pending.Derived d) {
            return List.of(new Identity(d.location()), canonical(d.inputs()));
        } else if (o instanceof Pending p) {
            return new Identity(p);
        }
        return o;
    }

    /** Equal only to itself (an answer is not equal to another answer with the same text). */
    private record Identity(Object of) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }
}
