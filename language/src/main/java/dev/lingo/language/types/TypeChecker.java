package dev.lingo.language.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.HostRecords;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMap;
import dev.lingo.language.runtime.LingoSet;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Values;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.AnyType;
import dev.lingo.vm.types.LingoType.BoolType;
import dev.lingo.vm.types.LingoType.Field;
import dev.lingo.vm.types.LingoType.FloatType;
import dev.lingo.vm.types.LingoType.FunctionType;
import dev.lingo.vm.types.LingoType.IntType;
import dev.lingo.vm.types.LingoType.ListType;
import dev.lingo.vm.types.LingoType.MapType;
import dev.lingo.vm.types.LingoType.SetType;
import dev.lingo.vm.types.LingoType.LiteralUnionType;
import dev.lingo.vm.types.LingoType.NamedType;
import dev.lingo.vm.types.LingoType.NullType;
import dev.lingo.vm.types.LingoType.OptionalType;
import dev.lingo.vm.types.LingoType.RecordType;
import dev.lingo.vm.types.LingoType.StringType;
import dev.lingo.vm.types.LingoType.UnionType;

/** Checks a run-time value against a declared type and explains the first mismatch. */
public final class TypeChecker {

    private TypeChecker() {
    }

    @TruffleBoundary
    public static boolean conforms(Object value, LingoType type) {
        return mismatch(value, type, "") == null;
    }

    /** Null when {@code value} is a {@code type}; otherwise a sentence such as {@code field stars: expected Int in 1..5, got 7}. */
    @TruffleBoundary
    public static String mismatch(Object value, LingoType type, String path) {
        value = dev.lingo.language.runtime.Pending.force(value);
        String here = path.isEmpty() ? "" : path + ": ";
        String expected = here + "expected " + type.display() + ", got ";
        switch (type) {
            case AnyType t -> {
                return null;
            }
            case NamedType t -> {
                String inner = mismatch(value, t.target(), path);
                if (inner == null || t.target() instanceof RecordType || t.target() instanceof ListType
                                || t.target() instanceof NamedType) {
                    return inner;
                }
                return here + "expected " + t.name() + " (" + t.target().display() + "), got " + describe(value);
            }
            case NullType t -> {
                return value == LingoNull.INSTANCE ? null : expected + describe(value);
            }
            case BoolType t -> {
                return value instanceof Boolean ? null : expected + describe(value);
            }
            case StringType t -> {
                return value instanceof String ? null : expected + describe(value);
            }
            case FunctionType t -> {
                return value instanceof LingoFunction ? null : expected + describe(value);
            }
            case IntType t -> {
                if (!(value instanceof Long l)) {
                    return expected + describe(value);
                }
                return (t.min() != null && l < t.min()) || (t.max() != null && l > t.max()) ? expected + l : null;
            }
            case FloatType t -> {
                if (!Values.isNumber(value)) {
                    return expected + describe(value);
                }
                double d = Values.toDouble(value);
                return (t.min() != null && d < t.min()) || (t.max() != null && d > t.max()) ? expected + Display.show(value) : null;
            }
            case LiteralUnionType t -> {
                return value instanceof String s && t.values().contains(s) ? null : expected + describe(value);
            }
            case OptionalType t -> {
                return value == LingoNull.INSTANCE ? null : mismatch(value, t.inner(), path);
            }
            case UnionType t -> {
                for (LingoType option : t.options()) {
                    if (mismatch(value, option, path) == null) {
                        return null;
                    }
                }
                return expected + describe(value);
            }
            case ListType t -> {
                LingoList list = Values.isLingoValue(value) && !(value instanceof LingoList) && !(value instanceof dev.lingo.language.runtime.LingoRange)
                                ? null : Iteration.asListOrNull(value);
                if (list == null) {
                    return expected + describe(value);
                }
                for (int i = 0; i < list.size(); i++) {
                    String m = mismatch(list.get(i), t.element(), (path.isEmpty() ? "element " : path) + "[" + i + "]");
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            }
            case MapType t -> {
                if (!(value instanceof LingoMap map)) {
                    return expected + describe(value);
                }
                Object[] keys = map.keys();
                Object[] values = map.values();
                String where = path.isEmpty() ? "" : path;
                for (int i = 0; i < keys.length; i++) {
                    String m = mismatch(keys[i], t.key(), where + "key " + Display.repr(keys[i]));
                    if (m == null) {
                        m = mismatch(values[i], t.value(), where + "[" + Display.repr(keys[i]) + "]");
                    }
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            }
            case SetType t -> {
                return value instanceof LingoSet ? null : expected + describe(value);
            }
            case RecordType t -> {
                LingoRecord record = HostRecords.asRecordOrNull(value);
                if (record == null) {
                    return expected + describe(value);
                }
                for (Field f : t.fields()) {
                    Object fieldValue = record.get(f.name());
                    String fieldPath = (path.isEmpty() ? "field " : path + ".") + f.name();
                    if (fieldValue == null) {
                        if (!f.optional()) {
                            return fieldPath + ": missing (expected " + f.type().display() + ")";
                        }
                        continue;
                    }
                    String m = mismatch(fieldValue, f.type(), fieldPath);
                    if (m != null) {
                        return m;
                    }
                }
                return null;
            }
        }
    }

    private static String describe(Object value) {
        if (value instanceof LingoRecord || value instanceof LingoList || value instanceof LingoMap || value instanceof LingoSet) {
            return Values.typeName(value);
        }
        String shown = Display.repr(value);
        return shown.length() > 40 ? Values.typeName(value) : shown;
    }
}
