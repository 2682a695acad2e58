package dev.lingo.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.access.MemberLookup;
import dev.lingo.language.nodes.access.SafeChainNode;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Values;

/**
 * A call with named arguments, {@code f(x, sep: ", ")} or {@code r.f(sep: ", ")} for a function
 * in a record or module. Only functions written in Lingo have parameter names to match.
 */
public final class NamedCallNode extends LingoExpressionNode {

    /** The function, or with {@link #member} the record or module it is read from. */
    @Child private LingoExpressionNode callee;
    private final String member;
    private final boolean safe;
    @Children private final LingoExpressionNode[] positional;
    private final String[] names;
    @Children private final LingoExpressionNode[] named;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();
    private final String calleeText;
    @Child private MemberLookup fieldLookup;

    public NamedCallNode(LingoExpressionNode callee, String member, boolean safe, LingoExpressionNode[] positional,
                    String[] names, LingoExpressionNode[] named, String calleeText) {
        this.callee = callee;
        this.member = member;
        this.safe = safe;
        this.positional = positional;
        this.names = names;
        this.named = named;
        this.calleeText = calleeText;
        this.fieldLookup = member == null ? null : new MemberLookup(member);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object function = callee.executeGeneric(frame);
        if (member != null) {
            function = member(function);
        }
        Object[] given = values(frame, positional);
        Object[] byName = values(frame, named);
        if (!(function instanceof LingoFunction f)) {
            throw notAFunction(function);
        }
        return dispatch.executeDispatch(f, NamedArguments.arrange(f, given, names, byName, this));
    }

    @ExplodeLoop
    private static Object[] values(VirtualFrame frame, LingoExpressionNode[] nodes) {
        Object[] out = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            out[i] = nodes[i].executeGeneric(frame);
        }
        return out;
    }

    @TruffleBoundary
    private Object member(Object receiver) {
        if (safe && (receiver == LingoNull.INSTANCE || receiver instanceof LingoRecord r && r.get(member) == null)) {
            throw SafeChainNode.ShortCircuit.INSTANCE;
        }
        if (!(receiver instanceof LingoRecord)) {
            throw LingoError.typeError("`" + member + "` of " + Values.typeName(receiver)
                            + " is a builtin method: it takes its arguments by position, not by name", this);
        }
        return fieldLookup.read(null, receiver);
    }

    @TruffleBoundary
    private LingoError notAFunction(Object value) {
        return LingoError.typeError("`" + calleeText + "` is not a function (it is " + Values.typeName(value) + ")", this);
    }
}
