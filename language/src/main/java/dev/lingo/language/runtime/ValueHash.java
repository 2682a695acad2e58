package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/** Hash codes that agree with {@link Values#equal}: {@code 1} and {@code 1.0} hash alike, records ignore field order. */
public final class ValueHash {

    private ValueHash() {
    }

    /** The hash of a value used as a Map key or Set element; other values raise TypeError at {@code at}. */
    @TruffleBoundary
    public static int of(Object v, Node at) {
        v = Pending.force(v);
        if (v instanceof Long l) {
            return Long.hashCode(l);
        } else if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 0x1p63 ? Long.hashCode(d.longValue()) : Double.hashCode(d);
        } else if (v instanceof String || v instanceof Boolean) {
            return v.hashCode();
        } else if (v == LingoNull.INSTANCE) {
            return 0;
        } else if (v instanceof LingoRange r) {
            int h = 1;
            for (long i = 0; i < r.length(); i++) {
                h = 31 * h + Long.hashCode(r.get(i));
            }
            return h;
        } else if (v instanceof LingoList list) {
            int h = 1;
            for (int i = 0; i < list.size(); i++) {
                h = 31 * h + of(list.get(i), at);
            }
            return h;
        } else if (v instanceof LingoRecord r) {
            int h = 0;
            for (int i = 0; i < r.size(); i++) {
                h += r.shape().name(i).hashCode() ^ of(r.valueAt(i), at);
            }
            return h;
        } else if (v instanceof LingoMap m) {
            return m.contentHash(at);
        } else if (v instanceof LingoSet s) {
            return s.contentHash(at);
        } else if (v instanceof LingoFunction f) {
            return 31 * System.identityHashCode(f.callTarget()) + System.identityHashCode(f.closure());
        } else if (v instanceof LingoImage image) {
            return image.image().hashCode();
        }
        throw LingoError.typeError("A " + Values.typeName(v) + " cannot be a Map key or a Set element", at);
    }
}
