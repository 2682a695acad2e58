package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoNull;

/** A sequence of statements; its value is the value of the last one. A full heap becomes a MemoryError at the statement. */
public final class BlockNode extends LingoExpressionNode {

    @Children private final LingoExpressionNode[] statements;

    public BlockNode(LingoExpressionNode[] statements) {
        this.statements = statements;
        for (LingoExpressionNode statement : statements) {
            statement.markStatement();
        }
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        int last = statements.length - 1;
        for (int i = 0; i < last; i++) {
            run(frame, statements[i]);
        }
        if (last < 0) {
            return LingoNull.INSTANCE;
        }
        Object value;
        try {
            value = statements[last].executeGeneric(frame);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(statements[last]);
        } catch (AssertionError e) {
            throw outOfMemory(e, statements[last]);
        }
        return value == null ? LingoNull.INSTANCE : value;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (LingoExpressionNode statement : statements) {
            run(frame, statement);
        }
    }

    private static void run(VirtualFrame frame, LingoExpressionNode statement) {
        try {
            statement.executeVoid(frame);
        } catch (OutOfMemoryError e) {
            throw outOfMemory(statement);
        } catch (AssertionError e) {
            throw outOfMemory(e, statement);
        }
    }

    /** A full heap is reported at the innermost statement that was running. */
    private static LingoError outOfMemory(LingoExpressionNode statement) {
        CompilerDirectives.transferToInterpreter();
        return LingoError.outOfMemory(statement);
    }

    private static LingoError outOfMemory(AssertionError error, LingoExpressionNode statement) {
        CompilerDirectives.transferToInterpreter();
        return LingoError.outOfMemory(error, statement);
    }
}
