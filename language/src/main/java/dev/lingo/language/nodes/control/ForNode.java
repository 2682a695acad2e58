package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.lingo.language.llm.ModelRuntime;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoRange;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.LingoStream;
import dev.lingo.language.tables.StreamRun;

/**
 * {@code for x in xs}, {@code for i, x in xs}, {@code for k, v in record}. Ranges count in a
 * long slot without allocating; everything else iterates over a list (records as key/value pairs).
 */
public final class ForNode extends LingoExpressionNode {

    @Child private LingoExpressionNode iterable;
    @Child private LoopNode rangeLoop;
    @Child private LoopNode listLoop;
    @Child private LoopNode streamLoop;
    private final ForLookahead ahead;
    private final int counterSlot;
    private final int endSlot;
    private final int sourceSlot;
    private final int aheadSlot;
    private final boolean twoNames;

    /**
     * @param firstSlot the slot of the first name; {@code secondSlot} is -1 with one name
     * @param counterSlot, endSlot, sourceSlot, aheadSlot hidden slots for the loop state
     */
    public ForNode(LingoExpressionNode iterable, LingoExpressionNode body, int firstSlot, int secondSlot,
                    int counterSlot, int endSlot, int sourceSlot, int aheadSlot) {
        this.iterable = iterable;
        this.counterSlot = counterSlot;
        this.endSlot = endSlot;
        this.sourceSlot = sourceSlot;
        this.aheadSlot = aheadSlot;
        this.twoNames = secondSlot >= 0;
        ForLookahead ahead = new ForLookahead(body, firstSlot, secondSlot, sourceSlot, endSlot, aheadSlot);
        this.ahead = ahead;
        this.streamLoop = Truffle.getRuntime().createLoopNode(new StreamBody(body, firstSlot, sourceSlot));
        this.rangeLoop = Truffle.getRuntime().createLoopNode(new RangeBody(body, firstSlot, counterSlot, endSlot, ahead));
        this.listLoop = Truffle.getRuntime().createLoopNode(new ListBody(body, firstSlot, secondSlot, counterSlot, endSlot, sourceSlot, ahead));
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = iterable.executeGeneric(frame);
        frame.setObject(aheadSlot, null);
        try {
            return iterate(frame, value);
        } finally {
            ForLookahead.close(frame, aheadSlot);
        }
    }

    private Object iterate(VirtualFrame frame, Object value) {
        if (value instanceof LingoRange range && !twoNames) {
            frame.setObject(sourceSlot, range);
            frame.setLong(counterSlot, range.start());
            frame.setLong(endSlot, range.end());
            rangeLoop.execute(frame);
            return null;
        }
        if (value instanceof LingoStream stream) {
            iterateStream(frame, stream);
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

    /** A stream is read a record at a time and closed when the loop ends, however it ends. */
    private void iterateStream(VirtualFrame frame, LingoStream stream) {
        if (twoNames) {
            throw LingoError.typeError("`for i, x in` does not work on a Stream (its length is not known); "
                            + "use `for x in` and count, or `toList()` first", this);
        }
        StreamRun run = StreamRun.open(stream, this);
        try {
            frame.setObject(sourceSlot, run);
            ahead.openForStream(frame.materialize(), run);
            streamLoop.execute(frame);
        } finally {
            run.close();
        }
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
        private final ForLookahead ahead;

        RangeBody(LingoExpressionNode body, int firstSlot, int counterSlot, int endSlot, ForLookahead ahead) {
            this.body = body;
            this.firstSlot = firstSlot;
            this.counterSlot = counterSlot;
            this.endSlot = endSlot;
            this.ahead = ahead;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            long i = frame.getLong(counterSlot);
            if (i >= frame.getLong(endSlot)) {
                return false;
            }
            if (!ModelRuntime.NO_OPCODE_YET.isValid()) {
                ahead.at(frame, i);
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
        private final ForLookahead ahead;

        ListBody(LingoExpressionNode body, int firstSlot, int secondSlot, int counterSlot, int endSlot, int sourceSlot,
                        ForLookahead ahead) {
            this.ahead = ahead;
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
            if (!ModelRuntime.NO_OPCODE_YET.isValid()) {
                ahead.at(frame, i);
            }
            LingoList items = (LingoList) frame.getObject(sourceSlot);
            bindItem(frame, items.get((int) i), i, pairs, firstSlot, secondSlot);
            frame.setLong(counterSlot, i + 1);
            return runBody(frame, body);
        }
    }

    private static final class StreamBody extends Node implements RepeatingNode {
        @Child private LingoExpressionNode body;
        private final int firstSlot;
        private final int sourceSlot;

        StreamBody(LingoExpressionNode body, int firstSlot, int sourceSlot) {
            this.body = body;
            this.firstSlot = firstSlot;
            this.sourceSlot = sourceSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object item = ((StreamRun) frame.getObject(sourceSlot)).next();
            if (item == StreamRun.END) {
                return false;
            }
            frame.setObject(firstSlot, item);
            return runBody(frame, body);
        }
    }

    /** Sets the loop's names for element {@code i}: the item, a key/value pair, or the index and the item. */
    static void bindItem(Frame frame, Object item, long i, boolean pairs, int firstSlot, int secondSlot) {
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
    }
}
