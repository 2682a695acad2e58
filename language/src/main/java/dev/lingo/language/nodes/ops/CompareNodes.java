package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.lingo.language.runtime.Values;

/** {@code == != < <= > >=}. Equality is structural; ordering needs two comparable values. */
public final class CompareNodes {

    private CompareNodes() {
    }

    public abstract static class Equal extends BinaryNode {
        @Specialization
        protected boolean ints(long a, long b) {
            return a == b;
        }

        @Specialization
        protected boolean floats(double a, double b) {
            return a == b;
        }

        @Specialization
        protected boolean bools(boolean a, boolean b) {
            return a == b;
        }

        @Specialization
        @TruffleBoundary
        protected boolean strings(String a, String b) {
            return a.equals(b);
        }

        @Fallback
        protected boolean other(Object a, Object b) {
            return Values.equal(a, b);
        }
    }

    public abstract static class NotEqual extends BinaryNode {
        @Specialization
        protected boolean ints(long a, long b) {
            return a != b;
        }

        @Specialization
        protected boolean floats(double a, double b) {
            return a != b;
        }

        @Specialization
        protected boolean bools(boolean a, boolean b) {
            return a != b;
        }

        @Specialization
        @TruffleBoundary
        protected boolean strings(String a, String b) {
            return !a.equals(b);
        }

        @Fallback
        protected boolean other(Object a, Object b) {
            return !Values.equal(a, b);
        }
    }

    /** {@code <}, {@code <=}, {@code >}, {@code >=} chosen by {@code op}. */
    public abstract static class Order extends BinaryNode {
        public static final int LT = 0;
        public static final int LE = 1;
        public static final int GT = 2;
        public static final int GE = 3;
        private static final String[] TEXT = {"<", "<=", ">", ">="};

        private final int op;

        protected Order(int op) {
            this.op = op;
        }

        private boolean holds(int c) {
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                default -> c >= 0;
            };
        }

        @Specialization
        protected boolean ints(long a, long b) {
            return holds(Long.compare(a, b));
        }

        @Specialization
        protected boolean floats(double a, double b) {
            return switch (op) {
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                default -> a >= b;
            };
        }

        @Fallback
        protected boolean other(Object a, Object b) {
            if (!Values.orderable(a, b)) {
                throw typeError(TEXT[op], a, b);
            }
            return holds(Values.compare(a, b));
        }
    }
}
