package dev.lingo.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** How a value is shown to a model: a String as it is, anything else as compact JSON. */
public final class JsonText {

    private JsonText() {
    }

    @TruffleBoundary
    public static String forModel(Object value, Node node) {
        return value instanceof String s ? s : JsonBuiltins.stringify(value, 0, node);
    }
}
