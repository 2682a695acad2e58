package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/** What {@code for} and list methods accept: lists, ranges, strings, records and foreign arrays. */
public final class Iteration {

    private Iteration() {
    }

    /** A list view of a list-like value (list, range, foreign array or iterable), or null. */
    @TruffleBoundary
    public static LingoList asListOrNull(Object v) {
        return asListOrNull(v, null);
    }

    /** @param at locates the error of a range too long to be a List */
    @TruffleBoundary
    public static LingoList asListOrNull(Object v, Node at) {
        v = Pending.force(v);
        if (v instanceof LingoList list) {
            return list;
        } else if (v instanceof LingoRange range) {
            return range.toList(at);
        } else if (Values.isLingoValue(v)) {
            return null;
        }
        InteropLibrary lib = InteropLibrary.getUncached(v);
        try {
            if (lib.hasArrayElements(v)) {
                long size = lib.getArraySize(v);
                Object[] items = new Object[(int) size];
                for (int i = 0; i < size; i++) {
                    items[i] = HostValues.fromForeign(lib.readArrayElement(v, i));
                }
                return new LingoList(items);
            }
            if (lib.hasIterator(v) && !lib.hasHashEntries(v)) {
                Object iterator = lib.getIterator(v);
                InteropLibrary it = InteropLibrary.getUncached(iterator);
                List<Object> items = new ArrayList<>();
                while (it.hasIteratorNextElement(iterator)) {
                    items.add(HostValues.fromForeign(it.getIteratorNextElement(iterator)));
                }
                return new LingoList(items.toArray());
            }
        } catch (UnsupportedMessageException | InvalidArrayIndexException | StopIterationException e) {
            return null;
        }
        return null;
    }

    /** Whether {@code for k, v in value} binds field names and values (records, maps, objects). */
    @TruffleBoundary
    public static boolean iteratesAsPairs(Object v) {
        v = Pending.force(v);
        if (v instanceof LingoRecord || v instanceof LingoMap) {
            return true;
        } else if (Values.isLingoValue(v) || InteropLibrary.getUncached().hasArrayElements(v)) {
            return false;
        }
        return HostRecords.asRecordOrNull(v) != null;
    }

    /** The elements {@code for} visits; records and maps become [key, value] pairs. */
    @TruffleBoundary
    public static LingoList toIterableList(Object v, Node node) {
        v = Pending.force(v);
        if (v instanceof String s) {
            return Strings.chars(s);
        } else if (v instanceof LingoRecord r) {
            Object[] pairs = new Object[r.size()];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = new LingoList(new Object[]{r.shape().name(i), r.valueAt(i)});
            }
            return new LingoList(pairs);
        } else if (v instanceof LingoMap m) {
            return m.pairs();
        } else if (v instanceof LingoSet s) {
            return new LingoList(s.elements());
        }
        LingoRecord asRecord = HostRecords.asRecordOrNull(v);
        if (asRecord != null && !InteropLibrary.getUncached().hasArrayElements(v)) {
            return toIterableList(asRecord, node);
        }
        LingoList list = asListOrNull(v, node);
        if (list == null) {
            throw LingoError.typeError("Cannot iterate over a value of type " + Values.typeName(v), node);
        }
        return list;
    }
}
