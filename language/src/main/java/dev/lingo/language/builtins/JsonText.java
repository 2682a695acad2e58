package dev.lingo.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** How a value is shown to a model: a String as it is, anything else as compact JSON. */
public final class JsonText {

    private JsonText() {
    }

    @TruffleBoundary
    public static String forModel(Object value, Node node) {
        Object v = dev.lingo.language.runtime.Pending.forceDeep(value);
        return v instanceof String s ? s : JsonBuiltins.stringify(v, 0, node);
    }
}
