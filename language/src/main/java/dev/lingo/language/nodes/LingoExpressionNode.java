package dev.lingo.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Every Lingo node is an expression; statements evaluate to {@code null}. A statement (an
 * element of a block or of a module's top level, or a loop's body) carries Truffle's statement
 * tag, so tools and an embedder's {@code ResourceLimits} statement limit see it.
 */
@TypeSystemReference(LingoTypes.class)
@NodeInfo(language = "Lingo")
@GenerateWrapper
public abstract class LingoExpressionNode extends Node implements InstrumentableNode {

    private int sourceStart = -1;
    private int sourceLength;
    private boolean statement;

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

    /** Marks this node as a statement (see the class comment). */
    public final void markStatement() {
        this.statement = true;
    }

    @Override
    public boolean isInstrumentable() {
        return statement && sourceStart >= 0;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return statement && tag == StandardTags.StatementTag.class;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new LingoExpressionNodeWrapper(this, probe);
    }

    /** Copies this node's source range onto {@code other} (used when the builder wraps nodes). */
    public final <T extends LingoExpressionNode> T withSourceOf(T other) {
        other.setSourceRange(sourceStart, sourceLength);
        return other;
    }
}
