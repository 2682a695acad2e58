package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;

/** Kinds, structural equality and the total order of Lingo values. */
public final class Values {

    private Values() {
    }

    public static LingoMetaType metaTypeOf(Object v) {
        if (v instanceof Long) {
            return LingoMetaType.INT;
        } else if (v instanceof String) {
            return LingoMetaType.STRING;
        } else if (v instanceof Double) {
            return LingoMetaType.FLOAT;
        } else if (v instanceof Boolean) {
            return LingoMetaType.BOOL;
        } else if (v instanceof LingoRecord) {
            return LingoMetaType.RECORD;
        } else if (v instanceof LingoList) {
            return LingoMetaType.LIST;
        } else if (v instanceof LingoMap) {
            return LingoMetaType.MAP;
        } else if (v instanceof LingoSet) {
            return LingoMetaType.SET;
        } else if (v instanceof LingoFunction) {
            return LingoMetaType.FUNCTION;
        } else if (v == LingoNull.INSTANCE) {
            return LingoMetaType.NULL;
        } else if (v instanceof LingoRange) {
            return LingoMetaType.RANGE;
        } else if (v instanceof LingoModel) {
            return LingoMetaType.MODEL;
        } else if (v instanceof LingoMemory) {
            return LingoMetaType.MEMORY;
        } else if (v instanceof LingoImage) {
            return LingoMetaType.IMAGE;
        } else if (v instanceof LingoStream) {
            return LingoMetaType.STREAM;
        }
        return LingoMetaType.HOST;
    }

    /** The type name a person sees in messages: {@code Int}, {@code String}, {@code List}… */
    public static String typeName(Object v) {
        v = Pending.force(v);
        if (v instanceof LingoRecord r && r.typeName() != null) {
            return r.typeName();
        }
        return metaTypeOf(v).name();
    }

    public static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double;
    }

    public static double toDouble(Object v) {
        return v instanceof Long l ? l.doubleValue() : (Double) v;
    }

    @TruffleBoundary
    public static boolean equal(Object a, Object b) {
        a = Pending.force(a);
        b = Pending.force(b);
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (isNumber(a) && isNumber(b)) {
            return toDouble(a) == toDouble(b);
        }
        if (a instanceof String || a instanceof Boolean) {
            return a.equals(b);
        }
        if (a instanceof LingoRange r) {
            a = r.toList();
        }
        if (b instanceof LingoRange r) {
            b = r.toList();
        }
        if (a instanceof LingoList x && b instanceof LingoList y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof LingoRecord x && b instanceof LingoRecord y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                Object other = y.get(x.shape().name(i));
                if (other == null || !equal(x.valueAt(i), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof LingoMap x && b instanceof LingoMap y) {
            return x.contentEquals(y);
        }
        if (a instanceof LingoSet x && b instanceof LingoSet y) {
            return x.contentEquals(y);
        }
        if (a instanceof LingoFunction x && b instanceof LingoFunction y) {
            return x.callTarget() == y.callTarget() && x.closure() == y.closure();
        }
        if (a instanceof LingoImage x && b instanceof LingoImage y) {
            return x.image().equals(y.image()); // the same bytes, whatever the file was called
        }
        if (!(a instanceof LingoNull) && !(b instanceof LingoNull) && !isLingoValue(a) && !isLingoValue(b)) {
            InteropLibrary lib = InteropLibrary.getUncached();
            return lib.isIdentical(a, b, lib);
        }
        return false;
    }

    /** The total order used by {@code sort}: null < Bool < numbers < String < List < Record < Map < Set < Fn. */
    @TruffleBoundary
    public static int compare(Object a, Object b) {
        a = Pending.force(a);
        b = Pending.force(b);
        int ra = rank(a);
        int rb = rank(b);
        if (ra != rb) {
            return Integer.compare(ra, rb);
        }
        switch (ra) {
            case 1:
                return Boolean.compare((Boolean) a, (Boolean) b);
            case 2:
                if (a instanceof Long x && b instanceof Long y) {
                    return Long.compare(x, y);
                }
                return Double.compare(toDouble(a), toDouble(b));
            case 3:
                return Strings.compare((String) a, (String) b);
            case 4:
                return compareLists(asList(a), asList(b));
            case 5: {
                LingoRecord x = (LingoRecord) a;
                LingoRecord y = (LingoRecord) b;
                for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                    int c = Strings.compare(x.shape().name(i), y.shape().name(i));
                    if (c == 0) {
                        c = compare(x.valueAt(i), y.valueAt(i));
                    }
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(x.size(), y.size());
            }
            case 6:
                return compareLists(((LingoMap) a).pairs(), ((LingoMap) b).pairs());
            case 7:
                return compareLists(new LingoList(((LingoSet) a).elements()), new LingoList(((LingoSet) b).elements()));
            case 8:
                return Strings.compare(((LingoFunction) a).name(), ((LingoFunction) b).name());
            default:
                return 0;
        }
    }

    private static int compareLists(LingoList x, LingoList y) {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }


    /** Whether {@code <} and friends accept this pair (as opposed to sort's total order). */
    @TruffleBoundary
    public static boolean orderable(Object a, Object b) {
        a = Pending.force(a);
        b = Pending.force(b);
        int ra = rank(a);
        return ra == rank(b) && (ra >= 1 && ra <= 4);
    }

    private static int rank(Object v) {
        if (v == LingoNull.INSTANCE) {
            return 0;
        } else if (v instanceof Boolean) {
            return 1;
        } else if (isNumber(v)) {
            return 2;
        } else if (v instanceof String) {
            return 3;
        } else if (v instanceof LingoList || v instanceof LingoRange) {
            return 4;
        } else if (v instanceof LingoRecord) {
            return 5;
        } else if (v instanceof LingoMap) {
            return 6;
        } else if (v instanceof LingoSet) {
            return 7;
        } else if (v instanceof LingoFunction) {
            return 8;
        }
        return 9;
    }

    public static LingoList asList(Object v) {
        return v instanceof LingoRange r ? r.toList() : (LingoList) v;
    }

    public static boolean isLingoValue(Object v) {
        return v instanceof Long || v instanceof String || v instanceof Double || v instanceof Boolean
                        || v instanceof LingoList || v instanceof LingoRecord || v instanceof LingoFunction
                        || v instanceof LingoNull || v instanceof LingoRange || v instanceof LingoModel || v instanceof LingoMemory || v instanceof LingoImage
                        || v instanceof LingoMap || v instanceof LingoSet || v instanceof LingoStream;
    }

    /**
     * {@code values} itself when it is an {@code Object[]}, else a copy that is: a {@code String[]}
     * handed in (e.g. a CSV row) would make later copies of it refuse a non-String element.
     */
    public static Object[] plainArray(Object[] values) {
        return values.getClass() == Object[].class ? values : java.util.Arrays.copyOf(values, values.length, Object[].class);
    }
}
