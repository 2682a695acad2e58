package dev.lingo.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.nodes.FunctionRootNode;
import dev.lingo.language.nodes.local.ReadArgumentNode;
import dev.lingo.language.parser.Suggestions;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;

import java.util.Arrays;
import java.util.List;

/** Puts the arguments of {@code f(a, sep: ", ")} in the places of the parameters they name (spec 5.2). */
final class NamedArguments {

    private NamedArguments() {
    }

    /** The frame arguments: the closure, then one value per parameter up to the last one given. */
    @TruffleBoundary
    static Object[] arrange(LingoFunction f, Object[] positional, String[] names, Object[] named, Node node) {
        if (!(f.callTarget().getRootNode() instanceof FunctionRootNode root)) {
            throw LingoError.typeError("`" + f.name() + "` is a builtin: it takes its arguments by position, not by name (`"
                            + names[0] + ":`)", node);
        }
        String[] params = root.parameterNames();
        if (positional.length > params.length) {
            throw LingoError.typeError("`" + f.name() + "` takes " + f.expectedArguments() + ", got "
                            + (positional.length + names.length), node);
        }
        Object[] values = Arrays.copyOf(positional, params.length);
        int last = positional.length - 1;
        List<String> paramList = Arrays.asList(params);
        for (int i = 0; i < names.length; i++) {
            int at = paramList.indexOf(names[i]);
            if (at < 0) {
                throw LingoError.typeError("`" + f.name() + "` has no parameter `" + names[i] + "`"
                                + Suggestions.didYouMean(names[i], paramList) + " (its parameters: " + String.join(", ", params) + ")", node);
            }
            if (at < positional.length) {
                throw LingoError.typeError("`" + f.name() + "` gets parameter `" + names[i] + "` twice: by position and by name", node);
            }
            values[at] = named[i];
            last = Math.max(last, at);
        }
        Object[] frame = new Object[last + 2];
        frame[0] = f.closure();
        for (int i = 0; i <= last; i++) {
            if (values[i] == null && i < root.required()) {
                throw LingoError.typeError("`" + f.name() + "` needs an argument for parameter `" + params[i] + "`", node);
            }
            frame[i + 1] = values[i] == null ? ReadArgumentNode.LEFT_OUT : values[i];
        }
        if (last + 1 < root.required()) {
            throw LingoError.typeError("`" + f.name() + "` needs an argument for parameter `" + params[last + 1] + "`", node);
        }
        return frame;
    }
}
