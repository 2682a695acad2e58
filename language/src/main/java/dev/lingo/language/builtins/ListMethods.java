package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.MethodTable.method;
import static dev.lingo.language.builtins.MethodTable.property;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRange;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Values;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The List methods that take no function argument. */
final class ListMethods {

    private ListMethods() {
    }

    /** {@code xs.sort()}: the natural order; every element must be orderable with the first. */
    @TruffleBoundary
    static LingoList sortNaturally(LingoList list, Node n) {
        Object[] items = list.toArray();
        for (Object item : items) {
            if (Values.typeName(items[0]).equals(Values.typeName(item)) && !Values.orderable(item, item)) {
                throw LingoError.typeError("Cannot sort " + Values.typeName(item) + " values: they have no natural order; "
                                + "use sortBy with a key, or sort with a comparison", n);
            }
            if (!Values.orderable(items[0], item)) {
                throw LingoError.typeError("Cannot sort a list that mixes " + Values.typeName(items[0]) + " and "
                                + Values.typeName(item) + "; use sortBy with a key of one type, or sort with a comparison", n);
            }
        }
        Arrays.sort(items, Values::compare);
        return new LingoList(items);
    }

    static void register(Map<String, MethodSpec> t) {
        // A range answers these without making its elements (ranges take constant memory).
        property(t, "size", (r, a, n) -> r instanceof LingoRange range ? range.length() : (long) l(r, n).size());
        property(t, "isEmpty", (r, a, n) -> r instanceof LingoRange range ? range.length() == 0 : l(r, n).size() == 0);
        property(t, "first", (r, a, n) -> r instanceof LingoRange range ? rangeEnd(range, 0)
                        : l(r, n).size() == 0 ? LingoNull.INSTANCE : l(r, n).get(0));
        property(t, "last", (r, a, n) -> r instanceof LingoRange range ? rangeEnd(range, range.length() - 1)
                        : l(r, n).size() == 0 ? LingoNull.INSTANCE : l(r, n).get(l(r, n).size() - 1));
        method(t, "reversed", 0, 0, (r, a, n) -> {
            Object[] items = l(r, n).toArray();
            for (int i = 0; i < items.length / 2; i++) {
                Object tmp = items[i];
                items[i] = items[items.length - 1 - i];
                items[items.length - 1 - i] = tmp;
            }
            return new LingoList(items);
        });
        method(t, "join", 0, 1, (r, a, n) -> join(l(r, n), a.length == 0 ? "" : Args.string(a[0], "join's separator", n)));
        method(t, "contains", 1, 1, (r, a, n) -> indexOf(l(r, n), a[0]) >= 0);
        method(t, "indexOf", 1, 1, (r, a, n) -> (long) indexOf(l(r, n), a[0]));
        method(t, "slice", 1, 2, (r, a, n) -> slice(l(r, n), Args.index(a[0], "slice's start", n),
                        a.length > 1 ? Args.index(a[1], "slice's end", n) : Integer.MAX_VALUE));
        method(t, "take", 1, 1, (r, a, n) -> slice(l(r, n), 0, Math.max(0, Args.index(a[0], "take's count", n))));
        method(t, "drop", 1, 1, (r, a, n) -> slice(l(r, n), Math.max(0, Args.index(a[0], "drop's count", n)), Integer.MAX_VALUE));
        method(t, "zip", 1, 1, (r, a, n) -> zip(l(r, n), Args.list(a[0], "zip's argument", n)));
        method(t, "enumerate", 0, 0, (r, a, n) -> enumerate(l(r, n)));
        method(t, "sum", 0, 0, (r, a, n) -> sum(l(r, n), n));
        method(t, "min", 0, 0, (r, a, n) -> extreme(l(r, n), -1));
        method(t, "max", 0, 0, (r, a, n) -> extreme(l(r, n), 1));
        method(t, "distinct", 0, 0, (r, a, n) -> distinct(l(r, n)));
        method(t, "flatten", 0, 0, (r, a, n) -> flatten(l(r, n), n));
        method(t, "toMap", 0, 0, (r, a, n) -> MapMethods.toMap(l(r, n), n));
        method(t, "append", 1, 1, (r, a, n) -> LingoList.concat(l(r, n), new LingoList(new Object[]{a[0]})));
    }

    private static Object rangeEnd(LingoRange range, long index) {
        return range.length() == 0 ? LingoNull.INSTANCE : (Object) range.get(index);
    }

    static LingoList l(Object receiver, Node node) {
        return Args.list(receiver, "the receiver", node);
    }

    static String join(LingoList list, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            sb.append(Display.show(list.get(i)));
        }
        return sb.toString();
    }

    static int indexOf(LingoList list, Object x) {
        for (int i = 0; i < list.size(); i++) {
            if (Values.equal(list.get(i), x)) {
                return i;
            }
        }
        return -1;
    }

    static LingoList slice(LingoList list, int from, int to) {
        int n = list.size();
        int a = Math.max(0, Math.min(n, from < 0 ? n + from : from));
        int b = Math.max(0, Math.min(n, to < 0 ? n + to : to));
        return b <= a ? LingoList.EMPTY : new LingoList(Arrays.copyOfRange(list.items(), a, b));
    }

    static LingoList zip(LingoList x, LingoList y) {
        Object[] pairs = new Object[Math.min(x.size(), y.size())];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new LingoList(new Object[]{x.get(i), y.get(i)});
        }
        return new LingoList(pairs);
    }

    static LingoList enumerate(LingoList list) {
        Object[] pairs = new Object[list.size()];
        RecordShape shape = RecordShape.of("index", "value");
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new LingoRecord(shape, new Object[]{(long) i, list.get(i)});
        }
        return new LingoList(pairs);
    }

    static Object sum(LingoList list, Node node) {
        long total = 0;
        double floatTotal = 0;
        boolean isFloat = false;
        for (Object item : list.items()) {
            if (item instanceof Long l && !isFloat) {
                try {
                    total = Math.addExact(total, l);
                } catch (ArithmeticException e) {
                    throw LingoError.of("ArithmeticError", "Integer overflow in sum()", node);
                }
            } else {
                if (!isFloat) {
                    floatTotal = total;
                    isFloat = true;
                }
                floatTotal += Args.number(item, "every element of sum()", node);
            }
        }
        return isFloat ? (Object) floatTotal : (Object) total;
    }

    static Object extreme(LingoList list, int sign) {
        Object best = LingoNull.INSTANCE;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (i == 0 || Values.compare(item, best) * sign > 0) {
                best = item;
            }
        }
        return best;
    }

    static LingoList distinct(LingoList list) {
        List<Object> out = new ArrayList<>();
        for (Object item : list.items()) {
            boolean seen = false;
            for (Object o : out) {
                if (Values.equal(o, item)) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(item);
            }
        }
        return new LingoList(out.toArray());
    }

    static LingoList flatten(LingoList list, Node node) {
        List<Object> out = new ArrayList<>();
        for (Object item : list.items()) {
            out.addAll(Arrays.asList(Args.list(item, "every element of flatten()", node).items()));
        }
        return new LingoList(out.toArray());
    }
}
