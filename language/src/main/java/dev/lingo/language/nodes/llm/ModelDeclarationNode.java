package dev.lingo.language.nodes.llm;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoModel;
import dev.lingo.language.runtime.Values;
import dev.lingo.vm.machine.ModelSpec;

import java.util.ArrayList;
import java.util.List;

/** The value of {@code model name = spec fallback a fallback b}: a named model with its fallback chain. */
public final class ModelDeclarationNode extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }


    private final String name;
    @Child private LingoExpressionNode spec;
    @Children private final LingoExpressionNode[] fallbacks;

    public ModelDeclarationNode(String name, LingoExpressionNode spec, LingoExpressionNode[] fallbacks) {
        this.name = name;
        this.spec = spec;
        this.fallbacks = fallbacks;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object value = spec.executeGeneric(frame);
        Object[] chain = new Object[fallbacks.length];
        for (int i = 0; i < fallbacks.length; i++) {
            chain[i] = fallbacks[i].executeGeneric(frame);
        }
        return build(value, chain);
    }

    @TruffleBoundary
    private LingoModel build(Object value, Object[] chain) {
        LingoModel model = asModel(value, spec);
        if (model.cascade() != null && chain.length > 0) {
            throw LingoError.typeError("A cascade takes no fallback: give its models their fallbacks"
                            + " (model fast = openai(\"gpt-4o-mini\") fallback local, then cascade(fast, …))", fallbacks[0]);
        }
        List<LingoModel> next = new ArrayList<>();
        for (int i = 0; i < chain.length; i++) {
            next.add(asModel(chain[i], fallbacks[i]));
        }
        return model.named(name, next);
    }

    private static LingoModel asModel(Object value, LingoExpressionNode at) {
        if (value instanceof LingoModel m) {
            return m;
        } else if (value instanceof String s) {
            try {
                return new LingoModel(null, ModelSpec.parse(s), List.of());
            } catch (IllegalArgumentException e) {
                throw LingoError.of("ModelConfigError", e.getMessage(), at);
            }
        }
        throw LingoError.typeError("A model is declared with openai(…), anthropic(…), ollama(…), gguf(…), offline() or a"
                        + " \"provider:model\" string, not a " + Values.typeName(value), at);
    }
}
