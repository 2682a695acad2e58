package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.LingoContext;
import dev.lingo.language.ahead.Lookahead;
import dev.lingo.language.llm.ModelRuntime;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoRange;
import dev.lingo.language.tables.StreamRun;

/**
 * A {@code for} loop's lookahead: while an iteration waits for an answer, the coming iterations
 * run ahead on a copy of the loop's frame, as far as their model calls (see {@link Lookahead}).
 * Opened at the first iteration after any opcode started in this JVM, so loops of programs
 * without opcodes never materialize their frame.
 */
final class ForLookahead {

    /** In the lookahead slot: this loop runs nothing ahead (turned off, or running ahead itself). */
    private static final Object NONE = Boolean.FALSE;

    private final LingoExpressionNode body;
    private final int firstSlot;
    private final int secondSlot;
    private final int sourceSlot;
    private final int endSlot;
    private final int aheadSlot;

    ForLookahead(LingoExpressionNode body, int firstSlot, int secondSlot, int sourceSlot, int endSlot, int aheadSlot) {
        this.body = body;
        this.firstSlot = firstSlot;
        this.secondSlot = secondSlot;
        this.sourceSlot = sourceSlot;
        this.endSlot = endSlot;
        this.aheadSlot = aheadSlot;
    }

    /** The program runs the iteration whose counter is {@code counter} (a range's value, or a list index). */
    void at(VirtualFrame frame, long counter) {
        Object current = frame.getObject(aheadSlot);
        if (current == NONE) {
            return;
        }
        if (current == null) {
            current = open(frame.materialize());
            frame.setObject(aheadSlot, current);
            if (current == NONE) {
                return;
            }
        }
        moveTo((Lookahead) current, frame.getObject(sourceSlot), counter);
    }

    private static void moveTo(Lookahead ahead, Object source, long counter) {
        ahead.at((int) (source instanceof LingoRange r ? counter - r.start() : counter));
    }

    static void close(VirtualFrame frame, int aheadSlot) {
        Object current = frame.getObject(aheadSlot);
        if (current instanceof Lookahead l) {
            l.close();
        }
    }

    @TruffleBoundary
    private Object open(MaterializedFrame live) {
        Object source = live.getObject(sourceSlot);
        long size = source instanceof LingoRange r ? r.end() - r.start() : Math.abs(live.getLong(endSlot));
        ModelRuntime models = LingoContext.get(body).models();
        Lookahead l = Lookahead.open(i -> runAhead(live, i), (int) Math.min(Integer.MAX_VALUE, size),
                        models::lookaheadWindow, models.lookaheadListener());
        return l == null ? NONE : l;
    }

    /** A loop over a stream: the stream's walk runs the loop body of its coming elements ahead (see StreamRun). */
    @TruffleBoundary
    void openForStream(MaterializedFrame live, StreamRun run) {
        run.lookAhead(element -> {
            MaterializedFrame copy = copyOf(live);
            copy.setObject(firstSlot, element);
            runAhead(copy);
        });
    }

    /** Runs iteration {@code index} speculatively on a copy of the loop's frame. */
    private void runAhead(MaterializedFrame live, int index) {
        MaterializedFrame copy = copyOf(live);
        bind(live, copy, index);
        runAhead(copy);
    }

    private static MaterializedFrame copyOf(MaterializedFrame live) {
        FrameDescriptor descriptor = live.getFrameDescriptor();
        MaterializedFrame copy = Truffle.getRuntime().createMaterializedFrame(live.getArguments(), descriptor);
        live.copyTo(0, copy, 0, descriptor.getNumberOfSlots());
        return copy;
    }

    private void runAhead(MaterializedFrame copy) {
        copy.setObject(aheadSlot, NONE);
        try {
            body.executeVoid(copy);
        } catch (LoopSignals.BreakException | LoopSignals.ContinueException | LoopSignals.LabelledJump e) {
            // the iteration ends here (a jump never leaves a run ahead)
        }
    }

    private void bind(Frame live, Frame copy, int index) {
        Object source = live.getObject(sourceSlot);
        if (source instanceof LingoRange r) {
            copy.setLong(firstSlot, r.start() + index);
            return;
        }
        ForNode.bindItem(copy, ((LingoList) source).get(index), index, live.getLong(endSlot) < 0, firstSlot, secondSlot);
    }
}
