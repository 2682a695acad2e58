package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoRange;
import dev.lingo.language.runtime.LingoRecord;

/**
 * {@code for x in xs}, {@code for i, x in xs}, {@code for k, v in record}. Ranges count in a
 * long slot without allocating; everything else iterates over a list (records as key/value pairs).
 */
public final class ForNode extends LingoExpressionNode {

    @Child private LingoExpressionNode iterable;
    @Child private LoopNode rangeLoop;
    @Child private LoopNode listLoop;
    private final int counterSlot;
    private final int endSlot;
    private final int sourceSlot;
    private final boolean twoNames;

    /**
     * @param firstSlot the slot of the first name; {@code secondSlot} is -1 with one name
     * @param counterSlot, endSlot, sourceSlot hidden slots for the loop state
     */
    public ForNode(LingoExpressionNode iterable, LingoExpressionNode body, int firstSlot, int secondSlot,
                    int counterSlot, int endSlot, int sourceSlot) {
        this.iterable = iterable;
        this.counterSlot = counterSlot;
        this.endSlot = endSlot;
        this.sourceSlot = sourceSlot;
        this.twoNames = secondSlot >= 0;
        this.rangeLoop = Truffle.getRuntime().createLoopNode(new RangeBody(body, firstSlot, counterSlot, endSlot));
        this.listLoop = Truffle.getRuntime().createLoopNode(new ListBody(body, firstSlot, secondSlot, counterSlot, endSlot, sourceSlot));
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = iterable.executeGeneric(frame);
        if (value instanceof LingoRange range && !twoNames) {
            frame.setLong(counterSlot, range.start());
            frame.setLong(endSlot, range.end());
            rangeLoop.execute(frame);
            return null;
        }
        LingoList items;
        boolean pairs = false;
        if (value instanceof LingoList list) {
            items = list;
        } else {
            pairs = Iteration.iteratesAsPairs(value);
            items = Iteration.toIterableList(value, this);
        }
        frame.setObject(sourceSlot, items);
        frame.setLong(counterSlot, 0);
        frame.setLong(endSlot, pairs ? -items.size() : items.size());
        listLoop.execute(frame);
        return null;
    }

    private static boolean runBody(VirtualFrame frame, LingoExpressionNode body) {
        try {
            body.executeVoid(frame);
        } catch (LoopSignals.BreakException e) {
            return false;
        } catch (LoopSignals.ContinueException e) {
            // next iteration
        }
        return true;
    }

    private static final class RangeBody extends Node implements RepeatingNode {
        @Child private LingoExpressionNode body;
        private final int firstSlot;
        private final int counterSlot;
        private final int endSlot;

        RangeBody(LingoExpressionNode body, int firstSlot, int counterSlot, int endSlot) {
            this.body = body;
            this.firstSlot = firstSlot;
            this.counterSlot = counterSlot;
            this.endSlot = endSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(counterSlot);
            if (i >= frame.getLong(endSlot)) {
                return false;
            }
            frame.setLong(firstSlot, i);
            frame.setLong(counterSlot, i + 1);
            return runBody(frame, body);
        }
    }

    private static final class ListBody extends Node implements RepeatingNode {
        @Child private LingoExpressionNode body;
        private final int firstSlot;
        private final int secondSlot;
        private final int counterSlot;
        private final int endSlot;
        private final int sourceSlot;

        ListBody(LingoExpressionNode body, int firstSlot, int secondSlot, int counterSlot, int endSlot, int sourceSlot) {
            this.body = body;
            this.firstSlot = firstSlot;
            this.secondSlot = secondSlot;
            this.counterSlot = counterSlot;
            this.endSlot = endSlot;
            this.sourceSlot = sourceSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(counterSlot);
            long end = frame.getLong(endSlot);
            boolean pairs = end < 0;
            if (i >= (pairs ? -end : end)) {
                return false;
            }
            LingoList items = (LingoList) frame.getObject(sourceSlot);
            Object item = items.get((int) i);
            if (secondSlot < 0) {
                frame.setObject(firstSlot, item);
            } else if (pairs) {
                LingoList pair = (LingoList) item;
                frame.setObject(firstSlot, pair.get(0));
                frame.setObject(secondSlot, pair.get(1));
            } else {
                frame.setLong(firstSlot, i);
                frame.setObject(secondSlot, item);
            }
            frame.setLong(counterSlot, i + 1);
            return runBody(frame, body);
        }
    }
}
