package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;

/** Turns values arriving from Java or other languages into Lingo values where a Lingo kind fits. */
public final class HostValues {

    private HostValues() {
    }

    public static Object[] fromForeignAll(Object[] values) {
        Object[] out = null;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (!Values.isLingoValue(v)) {
                if (out == null) {
                    out = values.clone();
                }
                out[i] = fromForeign(v);
            }
        }
        return out == null ? values : out;
    }

    /** Primitives become Int/Float/Bool/String/null; containers stay foreign and are read through interop. */
    @TruffleBoundary
    public static Object fromForeign(Object v) {
        if (Values.isLingoValue(v)) {
            return v;
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        } else if (v instanceof Float f) {
            return f.doubleValue();
        } else if (v instanceof Character c) {
            return c.toString();
        } else if (v instanceof TruffleString ts) {
            return ts.toJavaStringUncached();
        } else if (v == null) {
            return LingoNull.INSTANCE;
        }
        InteropLibrary lib = InteropLibrary.getUncached(v);
        try {
            if (lib.isNull(v)) {
                return LingoNull.INSTANCE;
            } else if (lib.isBoolean(v)) {
                return lib.asBoolean(v);
            } else if (lib.isString(v)) {
                return lib.asString(v);
            } else if (lib.fitsInLong(v)) {
                return lib.asLong(v);
            } else if (lib.fitsInDouble(v)) {
                return lib.asDouble(v);
            }
        } catch (UnsupportedMessageException e) {
            // Fall through: keep the foreign value as it is.
        }
        return v;
    }
}
