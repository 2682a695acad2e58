package dev.lingo.language.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMap;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;

/** {@code [a, b]}, {@code [k: v]} and {@code {name: a}}. */
public final class CollectionLiteralNodes {

    private CollectionLiteralNodes() {
    }

    public static final class ListLiteral extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        @Children private final LingoExpressionNode[] items;

        public ListLiteral(LingoExpressionNode[] items) {
            this.items = items;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object[] values = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = items[i].executeGeneric(frame);
            }
            return new LingoList(values);
        }
    }

    /** {@code [k: v, …]}: keys are waited for (they are hashed), values may stay pending. */
    public static final class MapLiteral extends LingoExpressionNode {
        @Override
        public boolean mayBePending() {
            return false;
        }

        @Children private final LingoExpressionNode[] keys;
        @Children private final LingoExpressionNode[] values;

        public MapLiteral(LingoExpressionNode[] keys, LingoExpressionNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object[] k = new Object[keys.length];
            Object[] v = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                k[i] = keys[i].executeGeneric(frame);
                v[i] = values[i].executeGeneric(frame);
            }
            return LingoMap.of(k, v, this);
        }
    }

    /** The shape is fixed at parse time: a record literal always has the same field order. */
    public static final class RecordLiteral extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        private final RecordShape shape;
        @Children private final LingoExpressionNode[] values;

        public RecordLiteral(RecordShape shape, LingoExpressionNode[] values) {
            this.shape = shape;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object[] out = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = values[i].executeGeneric(frame);
            }
            return new LingoRecord(shape, out);
        }
    }
}
