package dev.lingo.language.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoFunction;

/** Calls a function value: a direct (inlinable) call while a site sees few targets, indirect beyond. */
@GenerateInline(false)
@ReportPolymorphism
public abstract class DispatchNode extends Node {

    public abstract Object executeDispatch(LingoFunction function, Object[] frameArguments);

    @Specialization(guards = "function.callTarget() == cachedTarget", limit = "3")
    protected static Object doDirect(@SuppressWarnings("unused") LingoFunction function, Object[] frameArguments,
                    @Cached("function.callTarget()") @SuppressWarnings("unused") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode callNode) {
        return callNode.call(frameArguments);
    }

    @Specialization(replaces = "doDirect")
    protected static Object doIndirect(LingoFunction function, Object[] frameArguments,
                    @Cached IndirectCallNode callNode) {
        return callNode.call(function.callTarget(), frameArguments);
    }
}
