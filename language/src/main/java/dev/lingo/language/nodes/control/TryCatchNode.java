package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;

/** {@code try { … } catch e { … }}: catches Lingo errors (thrown or raised by the runtime), stack overflows and a full heap. */
public final class TryCatchNode extends LingoExpressionNode {

    @Child private LingoExpressionNode body;
    @Child private LingoExpressionNode handler;
    private final int errorSlot;
    private final BranchProfile caught = BranchProfile.create();

    /** @param errorSlot the slot that receives the error record, or -1 for {@code catch { }} */
    public TryCatchNode(LingoExpressionNode body, LingoExpressionNode handler, int errorSlot) {
        this.body = body;
        this.handler = handler;
        this.errorSlot = errorSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        LingoError error;
        try {
            return body.executeGeneric(frame);
        } catch (LingoError e) {
            error = e;
        } catch (StackOverflowError e) {
            // Java recursion (== or str of a very deep list) may overflow with no function root of its own to convert it.
            error = LingoError.stackOverflow(this);
        } catch (OutOfMemoryError e) {
            error = LingoError.outOfMemory(this); // an expression body (a block reports its statement)
        } catch (AssertionError e) {
            error = LingoError.outOfMemory(e, this);
        }
        caught.enter();
        if (errorSlot >= 0) {
            frame.setObject(errorSlot, error.toRecord());
        }
        Object value = handler.executeGeneric(frame);
        error.handled();
        return value;
    }
}
