package dev.lingo.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.LingoContext;
import dev.lingo.language.nodes.LingoExpressionNode;
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

    /** {@code name = value} on a top-level {@code var}. */
    public static final class Write extends LingoExpressionNode {
        private final String moduleKey;
        private final String name;
        @Child private LingoExpressionNode value;
        @CompilationFinal private GlobalCell cell;
        @CompilationFinal private LingoContext cellContext;

        public Write(String moduleKey, String name, LingoExpressionNode value) {
            this.moduleKey = moduleKey;
            this.name = name;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            dev.lingo.language.ahead.Speculation.checkEffect();
            LingoContext context = LingoContext.get(this);
            if (cell == null || context != cellContext) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                cell = context.resolveGlobal(moduleKey, name, this);
                cellContext = context;
            }
            if (!cell.isMutable()) {
                CompilerDirectives.transferToInterpreter();
                throw LingoError.of("NameError", "`" + name + "` is a `let` and cannot be assigned; declare it with `var`", this);
            }
            cell.set(v);
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
}
