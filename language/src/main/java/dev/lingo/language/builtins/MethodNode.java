package dev.lingo.language.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * The implementation of one builtin method. A fresh instance is adopted by each call site, so
 * the call caches of higher-order methods ({@code map}, {@code filter}…) belong to that site.
 */
public abstract class MethodNode extends Node {

    public abstract Object execute(VirtualFrame frame, Object receiver, Object[] args);
}
