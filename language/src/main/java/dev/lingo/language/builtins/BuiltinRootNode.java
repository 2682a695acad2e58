package dev.lingo.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Pending;

import java.util.Arrays;

/** The call target of a Java builtin function: checks the argument count and calls the body. */
public final class BuiltinRootNode extends RootNode {

    private final BuiltinSpec spec;

    public BuiltinRootNode(TruffleLanguage<?> language, BuiltinSpec spec) {
        super(language);
        this.spec = spec;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] frameArgs = frame.getArguments();
        return call(Arrays.copyOfRange(frameArgs, 1, frameArgs.length));
    }

    @TruffleBoundary
    private Object call(Object[] args) {
        for (int i = 0; i < args.length; i++) {
            args[i] = Pending.force(args[i]);
        }
        if (args.length < spec.minArgs() || args.length > spec.maxArgs()) {
            String expected = spec.minArgs() == spec.maxArgs() ? String.valueOf(spec.minArgs())
                            : spec.maxArgs() == Integer.MAX_VALUE ? "at least " + spec.minArgs()
                                            : spec.minArgs() + " to " + spec.maxArgs();
            throw LingoError.typeError("`" + spec.simpleName() + "` takes " + expected + " argument"
                            + (spec.maxArgs() == 1 ? "" : "s") + ", got " + args.length, this);
        }
        try {
            return spec.body().apply(args, this);
        } catch (StackOverflowError e) {
            throw LingoError.stackOverflow(this); // a very deep structure; reported at the builtin's call
        } catch (OutOfMemoryError e) {
            throw LingoError.outOfMemory(this);
        }
    }

    @Override
    public String getName() {
        return spec.simpleName();
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
