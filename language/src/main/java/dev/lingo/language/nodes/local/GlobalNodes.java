package dev.lingo.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.LingoContext;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.ops.AddNode;
import dev.lingo.language.nodes.ops.AddNodeGen;
import dev.lingo.language.runtime.GlobalCell;
import dev.lingo.language.runtime.LingoError;

/** Reads, writes and declarations of a module's top-level names. */
public final class GlobalNodes {

    private GlobalNodes() {
    }

    /** Finds the cell on first use; while the cell is stable its value is a compile-time constant. */
    public static final class Read extends LingoExpressionNode {
        private final String moduleKey;
        private final String name;
        @CompilationFinal private GlobalCell cell;
        @CompilationFinal private Object stableValue;
        @CompilationFinal private LingoContext cellContext;

        public Read(String moduleKey, String name) {
            this.moduleKey = moduleKey;
            this.name = name;
        }

        public String name() {
            return name;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            LingoContext context = LingoContext.get(this);
            if (cell == null || context != cellContext) {
                // The same code can run in several contexts of one engine: the cell is per context.
                CompilerDirectives.transferToInterpreterAndInvalidate();
                cell = context.resolveGlobal(moduleKey, name, this);
                cellContext = context;
                stableValue = null;
            }
            if (cell.stableAssumption().isValid() && stableValue != null) {
                return stableValue;
            }
            Object value = cell.get();
            if (value == null) {
                CompilerDirectives.transferToInterpreter();
                throw LingoError.of("NameError", "`" + name + "` is used before its declaration has run", this);
            }
            if (stableValue == null && cell.stableAssumption().isValid()) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                stableValue = value;
            }
            return value;
        }
    }

    /** What {@link Write} and {@link PlusAssign} share: the cell, found on first use, and its checks. */
    abstract static class Assign extends LingoExpressionNode {
        protected final String moduleKey;
        protected final String name;
        @CompilationFinal private GlobalCell cell;
        @CompilationFinal private LingoContext cellContext;

        Assign(String moduleKey, String name) {
            this.moduleKey = moduleKey;
            this.name = name;
        }

        protected final GlobalCell cell() {
            LingoContext context = LingoContext.get(this);
            if (cell == null || context != cellContext) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                cell = context.resolveGlobal(moduleKey, name, this);
                cellContext = context;
            }
            return cell;
        }

        /** The cell, after the speculation check, if it may be assigned. */
        protected final GlobalCell assignable() {
            dev.lingo.language.ahead.Speculation.checkEffect();
            GlobalCell c = cell();
            if (!c.isMutable()) {
                CompilerDirectives.transferToInterpreter();
                throw LingoError.of("NameError", "`" + name + "` is a `let` and cannot be assigned; declare it with `var`", this);
            }
            return c;
        }
    }

    /** {@code name = value} on a top-level {@code var}. */
    public static final class Write extends Assign {
        @Child private LingoExpressionNode value;

        public Write(String moduleKey, String name, LingoExpressionNode value) {
            super(moduleKey, name);
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            assignable().set(v);
            return null;
        }
    }

    /** A top-level {@code let}, {@code var} or {@code fn}: declares the cell and stores its value. */
    public static final class Define extends LingoExpressionNode {
        private final String moduleKey;
        private final String name;
        private final boolean mutable;
        @Child private LingoExpressionNode value;

        public Define(String moduleKey, String name, boolean mutable, LingoExpressionNode value) {
            this.moduleKey = moduleKey;
            this.name = name;
            this.mutable = mutable;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            dev.lingo.language.ahead.Speculation.checkEffect();
            LingoContext.get(this).scope(moduleKey).declare(name, mutable).set(v);
            return null;
        }
    }

    /**
     * {@code name += piece} on an untyped top-level {@code var}: a long string value is appended to
     * in place ({@link GlobalCell#tryAppend}), so building a string in a loop is linear; anything
     * else is {@code name = name + piece}, evaluated in the same order (name first).
     */
    public static final class PlusAssign extends Assign {
        @Child private LingoExpressionNode piece;
        @Child private AddNode add = AddNodeGen.create(null, null);

        public PlusAssign(String moduleKey, String name, LingoExpressionNode piece) {
            super(moduleKey, name);
            this.piece = piece;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            GlobalCell cell = cell();
            Object before = cell.snapshot();
            if (before == null) {
                CompilerDirectives.transferToInterpreter();
                throw LingoError.of("NameError", "`" + name + "` is used before its declaration has run", this);
            }
            Object p = piece.executeGeneric(frame);
            if (p instanceof String s && (before instanceof String || before instanceof GlobalCell.Prefix)) {
                // Two strings: `+` concatenates and cannot fail, so appending in place is the same.
                assignable();
                if (!cell.tryAppend(before, s)) {
                    cell.set(add.executeEvaluated(current(cell, before), s));
                }
                return null;
            }
            Object v = add.executeEvaluated(current(cell, before), p);
            assignable().set(v);
            return null;
        }

        private static Object current(GlobalCell cell, Object before) {
            return before instanceof GlobalCell.Prefix prefix ? cell.materialize(prefix) : before;
        }
    }
}
