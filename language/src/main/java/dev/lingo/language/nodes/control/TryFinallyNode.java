package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;

/**
 * {@code try { … } finally { … }} (and the {@code finally} of a {@code try}/{@code catch}): the
 * cleanup runs however the body ends (a value, an error, {@code break}, {@code continue} or
 * {@code return}), and its own value is dropped. An error in the cleanup replaces the body's.
 */
public final class TryFinallyNode extends LingoExpressionNode {

    @Child private LingoExpressionNode body;
    @Child private LingoExpressionNode cleanup;

    public TryFinallyNode(LingoExpressionNode body, LingoExpressionNode cleanup) {
        this.body = body;
        this.cleanup = cleanup;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        try {
            return body.executeGeneric(frame);
        } finally {
            cleanup.executeVoid(frame);
        }
    }
}
