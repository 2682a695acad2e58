package dev.lingo.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.source.SourceSection;

/** Every Lingo node is an expression; statements evaluate to {@code null}. */
@TypeSystemReference(LingoTypes.class)
@NodeInfo(language = "Lingo")
public abstract class LingoExpressionNode extends Node {

    private int sourceStart = -1;
    private int sourceLength;

    public abstract Object executeGeneric(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return LingoTypesGen.expectLong(executeGeneric(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return LingoTypesGen.expectDouble(executeGeneric(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return LingoTypesGen.expectBoolean(executeGeneric(frame));
    }

    /** Runs the node for its effect only. */
    public void executeVoid(VirtualFrame frame) {
        executeGeneric(frame);
    }

    /**
     * Whether this node's value can be a {@link dev.lingo.language.runtime.Pending} opcode answer.
     * Literals and operators say no, so the builder does not wrap them in a {@link ForceNode}.
     */
    public boolean mayBePending() {
        return true;
    }

    public final void setSourceRange(int start, int length) {
        this.sourceStart = start;
        this.sourceLength = length;
    }

    public final int sourceStart() {
        return sourceStart;
    }

    public final int sourceLength() {
        return sourceLength;
    }

    @Override
    @TruffleBoundary
    public SourceSection getSourceSection() {
        if (sourceStart < 0) {
            return null;
        }
        RootNode root = getRootNode();
        if (root == null || root.getSourceSection() == null) {
            return null;
        }
        return root.getSourceSection().getSource().createSection(sourceStart, sourceLength);
    }

    /** Copies this node's source range onto {@code other} (used when the builder wraps nodes). */
    public final <T extends LingoExpressionNode> T withSourceOf(T other) {
        other.setSourceRange(sourceStart, sourceLength);
        return other;
    }
}
