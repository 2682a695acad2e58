package dev.lingo.language.nodes.local;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NodeField;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;

/** Writes a local of the current frame; the slot kind follows the values written (like SL). */
@NodeChild("value")
@NodeField(name = "slot", type = int.class)
public abstract class WriteLocalNode extends LingoExpressionNode {

    protected abstract int getSlot();

    public abstract Object executeWrite(VirtualFrame frame, Object value);

    /** The node of the value written (the DSL implements it). */
    public abstract LingoExpressionNode getValue();

    @Specialization(guards = "isKind(frame, Long)")
    protected Object writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Long);
        frame.setLong(getSlot(), value);
        return null;
    }

    @Specialization(guards = "isKind(frame, Boolean)")
    protected Object writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Boolean);
        frame.setBoolean(getSlot(), value);
        return null;
    }

    @Specialization(guards = "isKind(frame, Double)")
    protected Object writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Double);
        frame.setDouble(getSlot(), value);
        return null;
    }

    @Specialization(replaces = {"writeLong", "writeBoolean", "writeDouble"})
    protected Object writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(getSlot(), FrameSlotKind.Object);
        frame.setObject(getSlot(), value);
        return null;
    }

    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(getSlot());
        return current == kind || current == FrameSlotKind.Illegal;
    }

    protected static final FrameSlotKind Long = FrameSlotKind.Long;
    protected static final FrameSlotKind Boolean = FrameSlotKind.Boolean;
    protected static final FrameSlotKind Double = FrameSlotKind.Double;
}
