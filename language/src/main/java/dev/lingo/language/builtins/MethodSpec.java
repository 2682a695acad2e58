package dev.lingo.language.builtins;

import java.util.function.Supplier;

/**
 * A builtin method's name, how many arguments it takes, and how to make its node.
 * A property ({@code size}, {@code first}…) can be read without parentheses.
 */
public record MethodSpec(String name, int minArgs, int maxArgs, boolean property, Supplier<MethodNode> factory) {

    public String arityText() {
        if (minArgs == maxArgs) {
            return minArgs + " argument" + (minArgs == 1 ? "" : "s");
        }
        return minArgs + " to " + maxArgs + " arguments";
    }
}
