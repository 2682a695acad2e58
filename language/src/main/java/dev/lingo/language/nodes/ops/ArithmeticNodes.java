package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.lingo.language.runtime.LingoError;

/** {@code - * / %} on numbers. Int division truncates toward zero; by zero it is an error. */
public final class ArithmeticNodes {

    private ArithmeticNodes() {
    }

    public abstract static class Sub extends BinaryNode {
        @Specialization
        protected long ints(long a, long b) {
            try {
                return Math.subtractExact(a, b);
            } catch (ArithmeticException e) {
                throw overflow("-");
            }
        }

        @Specialization
        protected double floats(double a, double b) {
            return a - b;
        }

        @Fallback
        protected Object other(Object a, Object b) {
            throw typeError("-", a, b);
        }
    }

    public abstract static class Mul extends BinaryNode {
        @Specialization
        protected long ints(long a, long b) {
            try {
                return Math.multiplyExact(a, b);
            } catch (ArithmeticException e) {
                throw overflow("*");
            }
        }

        @Specialization
        protected double floats(double a, double b) {
            return a * b;
        }

        @Fallback
        protected Object other(Object a, Object b) {
            throw typeError("*", a, b);
        }
    }

    public abstract static class Div extends BinaryNode {
        @Specialization
        protected long ints(long a, long b) {
            if (b == 0) {
                throw LingoError.of("ArithmeticError", "Division by zero", this);
            }
            if (a == Long.MIN_VALUE && b == -1) {
                throw overflow("/");
            }
            return a / b;
        }

        @Specialization
        protected double floats(double a, double b) {
            return a / b;
        }

        @Fallback
        protected Object other(Object a, Object b) {
            throw typeError("/", a, b);
        }
    }

    public abstract static class Mod extends BinaryNode {
        @Specialization
        protected long ints(long a, long b) {
            if (b == 0) {
                throw LingoError.of("ArithmeticError", "Division by zero (in `%`)", this);
            }
            return a % b;
        }

        @Specialization
        protected double floats(double a, double b) {
            return a % b;
        }

        @Fallback
        protected Object other(Object a, Object b) {
            throw typeError("%", a, b);
        }
    }
}
