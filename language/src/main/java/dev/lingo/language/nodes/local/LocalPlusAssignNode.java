package dev.lingo.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.ops.AddNode;
import dev.lingo.language.runtime.AppendedString;

/**
 * {@code name += piece} on a local {@code var} of the current function (untyped or {@code String}):
 * while the variable holds a string and the piece is one, appends in place ({@link AppendedString}),
 * so building a string in a loop is linear. Otherwise it runs {@code name = name + piece} as it is
 * built without this node (its {@code sum}), so a counter stays an unboxed {@code long}.
 */
public final class LocalPlusAssignNode extends LingoExpressionNode {
    private final int slot;
    /** {@code name = name + piece}: a write of the local, its value an {@link AddNode}. */
    @Child private WriteLocalNode sum;

    public LocalPlusAssignNode(int slot, WriteLocalNode sum) {
        this.slot = slot;
        this.sum = sum;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object raw = frame.isObject(slot) ? frame.getObject(slot) : null;
        if (!(raw instanceof String || raw instanceof AppendedString)) {
            return sum.executeGeneric(frame);
        }
        AddNode add = (AddNode) sum.getValue();
        // the piece is the sum's right operand, evaluated here once, after the name as in the sum
        Object piece = add.getRight().executeGeneric(frame);
        if (piece instanceof String s) {
            AppendedString appended = AppendedString.append(raw, s);
            if (appended != null) {
                frame.setObject(slot, appended);
                return null;
            }
        }
        return sum.executeWrite(frame, add.executeEvaluated(AppendedString.seen(raw), piece));
    }
}
