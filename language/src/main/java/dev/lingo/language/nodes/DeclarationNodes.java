package dev.lingo.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.LingoContext;
import dev.lingo.language.parser.ModuleUnit;
import dev.lingo.vm.types.LingoType;

/** Top-level declarations that act at run time: constants, types, imports. */
public final class DeclarationNodes {

    private DeclarationNodes() {
    }

    /** A value known at parse time (a builtin function bound by {@code external fn}). */
    public static final class Constant extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        private final Object value;

        public Constant(Object value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    /** {@code type Name = …}: records the type in the module scope, so later REPL inputs see it. */
    public static final class DeclareType extends LingoExpressionNode {
        private final String moduleKey;
        private final String name;
        private final LingoType type;

        public DeclareType(String moduleKey, String name, LingoType type) {
            this.moduleKey = moduleKey;
            this.name = name;
            this.type = type;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            declare();
            return null;
        }

        @TruffleBoundary
        private void declare() {
            LingoContext.get(this).scope(moduleKey).declareType(name, type);
        }
    }

    /** {@code import "…" (as name)?}: runs the module once, then binds its exports here. */
    public static final class Import extends LingoExpressionNode {
        private final String moduleKey;
        private final ModuleUnit unit;
        private final String alias;

        public Import(String moduleKey, ModuleUnit unit, String alias) {
            this.moduleKey = moduleKey;
            this.unit = unit;
            this.alias = alias;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            doImport();
            return null;
        }

        @TruffleBoundary
        private void doImport() {
            LingoContext.get(this).importModule(unit, moduleKey, alias, this);
        }
    }
}
