package dev.lingo.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Pending;

/** A method implemented by plain Java behind a boundary: string and list utilities without callbacks. */
public final class SimpleMethod extends MethodNode {

    /** The Java body; {@code node} locates errors. */
    @FunctionalInterface
    public interface Body {
        Object apply(Object receiver, Object[] args, Node node);
    }

    private final Body body;

    public SimpleMethod(Body body) {
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
        return call(receiver, args);
    }

    @TruffleBoundary
    private Object call(Object receiver, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            args[i] = Pending.force(args[i]);
        }
        return body.apply(receiver, args, this);
    }
}
