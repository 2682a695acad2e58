package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.MethodTable.node;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

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
        node(t, "groupBy", 1, 1, GroupBy::new);
    }

    static final class Map_ extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object f = function(args[0], "map");
            Object[] out = new Object[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = call(f, list.get(i));
            }
            return new LingoList(out);
        }
    }

    static final class Filter extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object f = function(args[0], "filter");
            Object[] out = new Object[list.size()];
            int n = 0;
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (test(f, item, "filter")) {
                    out[n++] = item;
                }
            }
            return new LingoList(n == out.length ? out : Arrays.copyOf(out, n));
        }
    }

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
            Object f = function(args[0], "each");
            for (int i = 0; i < list.size(); i++) {
                call(f, list.get(i));
            }
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
            Object f = function(args[0], any ? "any" : "all");
            for (int i = 0; i < list.size(); i++) {
                if (test(f, list.get(i), any ? "any" : "all") == any) {
                    return any;
                }
            }
            return !any;
        }
    }

    static final class Find extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object f = function(args[0], "find");
            for (int i = 0; i < list.size(); i++) {
                if (test(f, list.get(i), "find")) {
                    return list.get(i);
                }
            }
            return LingoNull.INSTANCE;
        }
    }

    static final class Count extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object f = function(args[0], "count");
            long n = 0;
            for (int i = 0; i < list.size(); i++) {
                if (test(f, list.get(i), "count")) {
                    n++;
                }
            }
            return n;
        }
    }

    static final class FlatMap extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object f = function(args[0], "flatMap");
            Object[] parts = new Object[list.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = call(f, list.get(i));
            }
            return ListMethods.flatten(new LingoList(parts), this);
        }
    }

    static final class SortBy extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            LingoList list = ListMethods.l(receiver, this);
            Object f = function(args[0], "sortBy");
            Object[] keys = new Object[list.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = call(f, list.get(i));
            }
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
            Object f = function(args[0], "groupBy");
            Object[] keys = new Object[list.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = call(f, list.get(i));
            }
            return group(list, keys);
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
