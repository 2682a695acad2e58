package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.MethodTable.node;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.language.runtime.Values;
import dev.lingo.language.runtime.Display;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** List methods that take a function: map, filter, reduce, sortBy, groupBy… */
final class HigherOrderMethods {

    private HigherOrderMethods() {
    }

    static void register(Map<String, MethodSpec> t) {
        node(t, "map", 1, 1, Map_::new);
        node(t, "filter", 1, 1, Filter::new);
        node(t, "reduce", 2, 2, Reduce::new);
        node(t, "each", 1, 1, Each::new);
        node(t, "any", 1, 1, () -> new AnyAll(true));
        node(t, "all", 1, 1, () -> new AnyAll(false));
        node(t, "find", 1, 1, Find::new);
        node(t, "count", 1, 1, Count::new);
        node(t, "flatMap", 1, 1, FlatMap::new);
        node(t, "sortBy", 1, 1, SortBy::new);
        node(t, "sort", 0, 1, Sort::new);
        node(t, "groupBy", 1, 1, GroupBy::new);
        node(t, "partition", 1, 1, Partition::new);
    }

    static final class Map_ extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object[] out = new Object[list.size()];
            walk(list, function(args[0], "map"), false, (i, r) -> {
                out[i] = r;
                return true;
            });
            return new LingoList(out);
        }
    }

    static final class Filter extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object[] out = new Object[list.size()];
            int[] n = {0};
            walk(list, function(args[0], "filter"), false, (i, r) -> {
                if (truth(r, "filter")) {
                    out[n[0]++] = list.get(i);
                }
                return true;
            });
            return new LingoList(n[0] == out.length ? out : Arrays.copyOf(out, n[0]));
        }
    }

    /** {@code xs.partition(p)}: {@code {yes: [...], no: [...]}}, each in the list's order. */
    static final class Partition extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            boolean[] yes = new boolean[list.size()];
            int[] n = {0};
            walk(list, function(args[0], "partition"), false, (i, r) -> {
                yes[i] = truth(r, "partition");
                n[0] += yes[i] ? 1 : 0;
                return true;
            });
            Object[] in = new Object[n[0]];
            Object[] out = new Object[list.size() - n[0]];
            for (int i = 0, a = 0, b = 0; i < yes.length; i++) {
                if (yes[i]) {
                    in[a++] = list.get(i);
                } else {
                    out[b++] = list.get(i);
                }
            }
            return new LingoRecord(PARTS, new Object[]{new LingoList(in), new LingoList(out)});
        }

        private static final RecordShape PARTS = RecordShape.of("yes", "no");
    }

    /** The accumulator threads through the steps, so each step waits for the one before it. */
    static final class Reduce extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object f = function(args[1], "reduce");
            Object acc = args[0];
            for (int i = 0; i < list.size(); i++) {
                acc = call(f, acc, list.get(i));
            }
            return acc;
        }
    }

    static final class Each extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            walk(list, function(args[0], "each"), false, (i, r) -> true);
            return LingoNull.INSTANCE;
        }
    }

    static final class AnyAll extends CallbackMethod {
        private final boolean any;

        AnyAll(boolean any) {
            this.any = any;
        }

        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            String name = any ? "any" : "all";
            boolean[] found = {false};
            walk(list, function(args[0], name), true, (i, r) -> {
                found[0] = truth(r, name) == any;
                return !found[0];
            });
            return found[0] == any;
        }
    }

    static final class Find extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object[] found = {LingoNull.INSTANCE};
            walk(list, function(args[0], "find"), true, (i, r) -> {
                if (truth(r, "find")) {
                    found[0] = list.get(i);
                    return false;
                }
                return true;
            });
            return found[0];
        }
    }

    static final class Count extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            long[] n = {0};
            walk(list, function(args[0], "count"), false, (i, r) -> {
                if (truth(r, "count")) {
                    n[0]++;
                }
                return true;
            });
            return n[0];
        }
    }

    static final class FlatMap extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object[] parts = new Object[list.size()];
            walk(list, function(args[0], "flatMap"), false, (i, r) -> {
                parts[i] = r;
                return true;
            });
            return ListMethods.flatten(new LingoList(parts), this);
        }
    }

    /**
     * {@code xs.sort()} in the natural order, or {@code xs.sort((a, b) -> …)} by a comparison that
     * returns a number: negative when {@code a} goes first, positive when {@code b} does, 0 when
     * either may (the sort is stable, so those keep their order).
     */
    static final class Sort extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            if (args.length == 0) {
                return ListMethods.sortNaturally(list, this);
            }
            return sorted(list, function(args[0], "sort"));
        }

        @TruffleBoundary
        private LingoList sorted(LingoList list, Object compare) {
            Object[] items = list.toArray();
            try {
                Arrays.sort(items, (a, b) -> sign(Pending.force(call(compare, a, b))));
            } catch (IllegalArgumentException e) {
                throw LingoError.of("ValueError", "The comparison given to sort() is not consistent (it says a < b and "
                                + "b < c but not a < c, or a < b and b < a); compare one key, e.g. `(a, b) -> a.age - b.age`", this);
            }
            return new LingoList(items);
        }

        private int sign(Object result) {
            if (result instanceof Long l) {
                return Long.signum(l);
            } else if (result instanceof Double d && !d.isNaN()) {
                return (int) Math.signum(d);
            }
            throw LingoError.typeError("The function given to sort() must return a number (negative, 0 or positive), got "
                            + Values.typeName(result), this);
        }
    }

    static final class SortBy extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object[] keys = keys(list, function(args[0], "sortBy"));
            return sorted(list, keys);
        }

        @TruffleBoundary
        private static LingoList sorted(LingoList list, Object[] keys) {
            Integer[] order = new Integer[keys.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Values.compare(keys[a], keys[b]));
            Object[] out = new Object[order.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = list.get(order[i]);
            }
            return new LingoList(out);
        }
    }

    /** Groups into a record keyed by the (displayed) key, in first-seen order. */
    static final class GroupBy extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            return group(list, keys(list, function(args[0], "groupBy")));
        }

        @TruffleBoundary
        private static LingoRecord group(LingoList list, Object[] keys) {
            Map<String, List<Object>> groups = new LinkedHashMap<>();
            for (int i = 0; i < keys.length; i++) {
                groups.computeIfAbsent(Display.show(keys[i]), k -> new ArrayList<>()).add(list.get(i));
            }
            Object[] values = new Object[groups.size()];
            int i = 0;
            for (List<Object> g : groups.values()) {
                values[i++] = new LingoList(g.toArray());
            }
            return new LingoRecord(RecordShape.of(groups.keySet().toArray(new String[0])), values);
        }
    }
}
