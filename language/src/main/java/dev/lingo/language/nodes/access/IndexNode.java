package dev.lingo.language.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.ops.Deferred;
import dev.lingo.language.parser.Suggestions;
import dev.lingo.language.runtime.CodePointIndex;
import dev.lingo.language.runtime.HostRecords;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMap;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoRange;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Strings;
import dev.lingo.language.runtime.Values;

/** {@code xs[i]} (negative i counts from the end), {@code s[i]}, {@code record["field"]}, {@code map[key]}. */
@NodeChild("target")
@NodeChild("index")
@ImportStatic(Deferred.class)
public abstract class IndexNode extends LingoExpressionNode {

    public abstract Object executeEvaluated(Object target, Object index);

    /** Indexing an answer on its way gives a pending value (see {@link Deferred}). */
    @Specialization(guards = "isPending(target) || isPending(index)")
    protected final Object deferred(Object target, Object index) {
        return Deferred.apply(this, v -> executeEvaluated(v[0], v[1]), target, index);
    }

    /** The code-point index of the last long String indexed here (not for compilation: it changes). */
    private CodePointIndex lastString;

    @Specialization
    protected Object list(LingoList list, long index) {
        long i = index < 0 ? list.size() + index : index;
        if (i < 0 || i >= list.size()) {
            throw outOfRange(index, list.size());
        }
        return list.get((int) i);
    }

    @Specialization
    protected long range(LingoRange range, long index) {
        long i = index < 0 ? range.length() + index : index;
        if (i < 0 || i >= range.length()) {
            throw outOfRange(index, range.length());
        }
        return range.get(i);
    }

    @Specialization
    @TruffleBoundary
    protected Object string(String s, long index) {
        if (s.length() < CodePointIndex.MIN_LENGTH) {
            String c = Strings.charAt(s, index);
            if (c == null) {
                throw outOfRange(index, Strings.length(s));
            }
            return c;
        }
        // A loop over one long String indexes it again and again: keep its code-point index.
        CodePointIndex cpi = CodePointIndex.of(s, lastString);
        lastString = cpi;
        String c = cpi.charAt(index);
        if (c == null) {
            throw outOfRange(index, cpi.size());
        }
        return c;
    }

    @Specialization
    @TruffleBoundary
    protected Object field(LingoRecord record, String name) {
        Object v = record.get(name);
        if (v == null) {
            throw LingoError.of("KeyError", "The record has no field \"" + name + "\""
                            + Suggestions.didYouMean(name, java.util.Arrays.asList(record.shape().names())), this);
        }
        return v;
    }

    @Specialization
    @TruffleBoundary
    protected Object map(LingoMap map, Object key) {
        Object v = map.get(key, this);
        if (v == null) {
            throw LingoError.of("KeyError", "The map has no key " + Display.repr(key), this);
        }
        return v;
    }

    @Fallback
    @TruffleBoundary
    protected Object other(Object target, Object index) {
        if (!Values.isLingoValue(target)) {
            if (index instanceof Long) {
                LingoList list = Iteration.asListOrNull(target);
                if (list != null) {
                    return list(list, (Long) index);
                }
            } else if (index instanceof String) {
                LingoRecord r = HostRecords.asRecordOrNull(target);
                if (r != null) {
                    return field(r, (String) index);
                }
            }
        }
        throw LingoError.typeError("Cannot index a " + Values.typeName(target) + " with a " + Values.typeName(index), this);
    }

    @TruffleBoundary
    private LingoError outOfRange(long index, long size) {
        return LingoError.of("IndexError", "Index " + index + " is out of range for size " + size, this);
    }
}
