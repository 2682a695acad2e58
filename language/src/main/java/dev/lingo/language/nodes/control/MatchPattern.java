package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Values;
import dev.lingo.language.types.TypeChecker;
import dev.lingo.vm.types.LingoType;

/** The patterns of a match arm: a literal, {@code _}, a name that binds, or {@code is Type}. */
public abstract class MatchPattern extends Node {

    public abstract boolean matches(VirtualFrame frame, Object value);

    public static final class Literal extends MatchPattern {
        private final Object literal;

        public Literal(Object literal) {
            this.literal = literal;
        }

        @Override
        public boolean matches(VirtualFrame frame, Object value) {
            return Values.equal(literal, value);
        }
    }

    public static final class Wildcard extends MatchPattern {
        @Override
        public boolean matches(VirtualFrame frame, Object value) {
            return true;
        }
    }

    public static final class Bind extends MatchPattern {
        private final int slot;

        public Bind(int slot) {
            this.slot = slot;
        }

        @Override
        public boolean matches(VirtualFrame frame, Object value) {
            frame.setObject(slot, value);
            return true;
        }
    }

    public static final class IsType extends MatchPattern {
        private final LingoType type;

        public IsType(LingoType type) {
            this.type = type;
        }

        @Override
        public boolean matches(VirtualFrame frame, Object value) {
            return TypeChecker.conforms(value, type);
        }
    }
}
