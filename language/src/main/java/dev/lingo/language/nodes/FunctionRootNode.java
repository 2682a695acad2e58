package dev.lingo.language.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import dev.lingo.language.nodes.control.ReturnException;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.types.TypeChecker;
import dev.lingo.vm.types.LingoType;

/** The root of a Lingo function or lambda: checks the argument count, runs the body, catches {@code return}. */
public final class FunctionRootNode extends RootNode {

    @Child private LingoExpressionNode body;
    private final String name;
    private final SourceSection section;
    private final int arity;
    /** Parameters before the first one with a default: the fewest arguments a call gives. */
    private final int required;
    private final LingoType returnType;
    /** For named arguments, {@code f(x, sep: ", ")}. */
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final String[] parameterNames;

    public FunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, LingoExpressionNode body,
                    String name, SourceSection section, String[] parameterNames, int required, LingoType returnType) {
        super(language, descriptor);
        this.parameterNames = parameterNames;
        int arity = parameterNames.length;
        this.body = body;
        this.name = name;
        this.section = section;
        this.arity = arity;
        this.required = required;
        this.returnType = returnType;
    }

    public String[] parameterNames() {
        return parameterNames;
    }

    public int required() {
        return required;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        int given = frame.getArguments().length - 1;
        if (given < required || given > arity) {
            CompilerDirectives.transferToInterpreter();
            String count = required == arity ? String.valueOf(arity) : required + " to " + arity;
            throw LingoError.typeError("`" + name + "` takes " + count + " argument" + (arity == 1 && required == 1 ? "" : "s")
                            + ", got " + given, this.body);
        }
        Object result;
        try {
            result = body.executeGeneric(frame);
        } catch (ReturnException ret) {
            result = ret.value();
        } catch (StackOverflowError e) {
            throw LingoError.stackOverflow(body);
        } catch (OutOfMemoryError e) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.outOfMemory(body); // an expression body; a block body reports its statement
        } catch (AssertionError e) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.outOfMemory(e, body);
        }
        if (returnType != null && !TypeChecker.conforms(result = Pending.force(result), returnType)) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.typeError("Type mismatch for the result of `" + name + "`: "
                            + TypeChecker.mismatch(result, returnType, ""), this.body);
        }
        return result;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
