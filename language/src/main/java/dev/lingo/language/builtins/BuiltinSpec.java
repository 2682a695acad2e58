package dev.lingo.language.builtins;

import com.oracle.truffle.api.nodes.Node;

/** A Java function bound by name to an {@code external fn} of a standard-library module. */
public record BuiltinSpec(String qualifiedName, int minArgs, int maxArgs, Body body) {

    /** The Java body; {@code node} locates errors and reaches the context. */
    @FunctionalInterface
    public interface Body {
        Object apply(Object[] args, Node node);
    }

    public String simpleName() {
        return qualifiedName.substring(qualifiedName.indexOf('.') + 1);
    }
}
