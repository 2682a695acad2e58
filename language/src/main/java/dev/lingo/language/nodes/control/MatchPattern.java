package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.HostRecords;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoRange;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.Values;
import dev.lingo.language.types.TypeChecker;
import dev.lingo.vm.types.LingoType;

/**
 * The patterns of a match arm or a destructuring {@code let}: a literal, {@code _}, a name that
 * binds, {@code is Type}, a list pattern {@code [a, b, ...rest]} or a record pattern {@code {name, age: a}}.
 */
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

    /** {@code [p1, p2]} fits a List (or Range) of exactly that many elements, {@code [p1, ...rest]} one of at least as many. */
    public static final class ListPattern extends MatchPattern {
        @Children private final MatchPattern[] elements;
        /** The slot {@code ...rest} binds, or -1 when the pattern has no rest. */
        private final int restSlot;

        public ListPattern(MatchPattern[] elements, int restSlot) {
            this.elements = elements;
            this.restSlot = restSlot;
        }

        @Override
        @ExplodeLoop
        public boolean matches(VirtualFrame frame, Object value) {
            LingoList list = asList(value);
            if (list == null || (restSlot < 0 ? list.size() != elements.length : list.size() < elements.length)) {
                return false;
            }
            for (int i = 0; i < elements.length; i++) {
                if (!elements[i].matches(frame, list.get(i))) {
                    return false;
                }
            }
            if (restSlot >= 0) {
                frame.setObject(restSlot, rest(list, elements.length));
            }
            return true;
        }

        @TruffleBoundary
        private static LingoList asList(Object value) {
            Object v = Pending.force(value);
            return v instanceof LingoList || v instanceof LingoRange ? Iteration.asListOrNull(v) : null;
        }

        @TruffleBoundary
        private static LingoList rest(LingoList list, int from) {
            return new LingoList(java.util.Arrays.copyOfRange(list.items(), from, list.size()));
        }
    }

    /** {@code {name, age: p}} fits a Record that has every named field, each fitting its pattern; other fields are ignored. */
    public static final class RecordPattern extends MatchPattern {
        private final String[] fields;
        @Children private final MatchPattern[] patterns;

        public RecordPattern(String[] fields, MatchPattern[] patterns) {
            this.fields = fields;
            this.patterns = patterns;
        }

        @Override
        @ExplodeLoop
        public boolean matches(VirtualFrame frame, Object value) {
            LingoRecord record = asRecord(value);
            if (record == null) {
                return false;
            }
            for (int i = 0; i < fields.length; i++) {
                Object field = field(record, fields[i]);
                if (field == null || !patterns[i].matches(frame, field)) {
                    return false;
                }
            }
            return true;
        }

        @TruffleBoundary
        private static LingoRecord asRecord(Object value) {
            Object v = Pending.force(value);
            return v instanceof LingoRecord r ? r : Values.isLingoValue(v) ? null : HostRecords.asRecordOrNull(v);
        }

        @TruffleBoundary
        private static Object field(LingoRecord record, String name) {
            return record.get(name);
        }
    }
}
