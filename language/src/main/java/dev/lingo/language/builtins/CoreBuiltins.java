package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.LingoContext;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.HostRecords;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMap;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRange;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.LingoSet;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.language.runtime.Strings;
import dev.lingo.language.runtime.Values;

/** The prelude's Java half: printing, conversion, reflection on records, errors, environment. */
final class CoreBuiltins {

    private CoreBuiltins() {
    }

    static void register() {
        add("prelude.print", 0, Integer.MAX_VALUE, CoreBuiltins::print);
        add("prelude.str", 1, 1, (a, n) -> Display.show(a[0]));
        add("prelude.repr", 1, 1, (a, n) -> Display.repr(a[0]));
        add("prelude.len", 1, 1, CoreBuiltins::len);
        add("prelude.typeOf", 1, 1, (a, n) -> Values.typeName(a[0]));
        add("prelude.keys", 1, 1, (a, n) -> a[0] instanceof LingoMap m ? new LingoList(m.keys())
                        : new LingoList(record(a[0], "keys", n).shape().names()));
        add("prelude.values", 1, 1, (a, n) -> a[0] instanceof LingoMap m ? new LingoList(m.values())
                        : new LingoList(record(a[0], "values", n).values().clone()));
        add("prelude.has", 2, 2, CoreBuiltins::has);
        add("prelude.set", 0, 1, (a, n) -> a.length == 0 ? LingoSet.EMPTY : setOf(a[0], n));
        add("prelude.range", 1, 3, CoreBuiltins::range);
        add("prelude.record", 1, 1, CoreBuiltins::recordFromPairs);
        add("prelude.error", 2, 3, (a, n) -> new LingoRecord(RecordShape.of("kind", "message", "data"), new Object[]{
                        Args.string(a[0], "error's kind", n), Args.string(a[1], "error's message", n),
                        a.length > 2 ? a[2] : LingoNull.INSTANCE}));
        add("prelude.env", 1, 1, (a, n) -> {
            String v = LingoContext.get(n).env().getEnvironment().get(Args.string(a[0], "env's name", n));
            return v == null ? LingoNull.INSTANCE : v;
        });
        add("prelude.clock", 0, 0, (a, n) -> System.nanoTime() / 1e6);
        add("prelude.scriptArgs", 0, 0, (a, n) -> LingoContext.get(n).scriptArguments());
        add("prelude.exit", 0, 1, CoreBuiltins::exit);
    }

    /** {@code exit(code)}: ends the run now with {@code code} (0 by default); the run summary is still printed. */
    private static Object exit(Object[] args, Node node) {
        long code = args.length == 0 ? 0 : Args.integer(args[0], "exit's code", node);
        if (code < 0 || code > 255) {
            throw LingoError.of("ValueError", "exit's code must be 0 to 255, not " + code, node);
        }
        dev.lingo.language.ahead.Speculation.checkEffect(); // running ahead never ends the run
        LingoContext.get(node).env().getContext().closeExited(node, (int) code);
        return LingoNull.INSTANCE;
    }

    private static Object print(Object[] args, Node node) {
        if (dev.lingo.language.ahead.Speculation.active()) {
            return LingoNull.INSTANCE; // running ahead prints nothing: the real run prints, in order
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Display.show(args[i]));
        }
        LingoContext.get(node).println(sb.toString());
        return LingoNull.INSTANCE;
    }

    /** {@code set(xs)}: the distinct elements of a list, range, string (its characters), set or map (its keys). */
    private static LingoSet setOf(Object v, Node n) {
        if (v instanceof LingoSet s) {
            return s;
        } else if (v instanceof LingoMap m) {
            return LingoSet.of(m.keys(), n);
        }
        return LingoSet.of(Args.list(v instanceof String s ? Strings.chars(s) : v, "set's argument", n).items(), n);
    }

    /** {@code has(r, field)} for records, {@code has(m, key)} for maps and sets. */
    private static Object has(Object[] a, Node n) {
        if (a[0] instanceof LingoMap m) {
            return m.has(a[1], n);
        } else if (a[0] instanceof LingoSet s) {
            return s.has(a[1], n);
        }
        return record(a[0], "has", n).get(Args.string(a[1], "has' field name", n)) != null;
    }

    private static Object len(Object[] a, Node n) {
        Object v = a[0];
        if (v instanceof LingoMap m) {
            return (long) m.size();
        } else if (v instanceof LingoSet s) {
            return (long) s.size();
        } else if (v instanceof String s) {
            return (long) Strings.length(s);
        } else if (v instanceof LingoRecord r) {
            return (long) r.size();
        } else if (v instanceof LingoRange r) {
            return r.length();
        }
        LingoList list = Iteration.asListOrNull(v);
        if (list != null) {
            return (long) list.size();
        }
        LingoRecord record = HostRecords.asRecordOrNull(v);
        if (record != null) {
            return (long) record.size();
        }
        throw Args.wrong("len's argument", "a String, List, Record, Map or Set", v, n);
    }

    private static LingoRecord record(Object v, String fn, Node n) {
        LingoRecord r = HostRecords.asRecordOrNull(v);
        if (r == null) {
            throw Args.wrong(fn + "'s argument", "a Record", v, n);
        }
        return r;
    }

    private static Object range(Object[] a, Node n) {
        long start = a.length == 1 ? 0 : Args.integer(a[0], "range's start", n);
        long end = Args.integer(a[a.length == 1 ? 0 : 1], "range's end", n);
        if (a.length < 3) {
            return new LingoRange(start, end, false);
        }
        long step = Args.integer(a[2], "range's step", n);
        if (step == 0) {
            throw LingoError.of("ValueError", "range's step must not be 0", n);
        }
        java.util.List<Object> items = new java.util.ArrayList<>();
        for (long i = start; step > 0 ? i < end : i > end; i += step) {
            items.add(i);
        }
        return new LingoList(items.toArray());
    }

    private static Object recordFromPairs(Object[] a, Node n) {
        LingoList pairs = Args.list(a[0], "record's argument", n);
        String[] names = new String[pairs.size()];
        Object[] values = new Object[pairs.size()];
        java.util.Map<String, Integer> seen = new java.util.LinkedHashMap<>();
        int count = 0;
        for (Object p : pairs.items()) {
            LingoList pair = Args.list(p, "every element of record's argument", n);
            if (pair.size() != 2) {
                throw LingoError.of("ValueError", "record() needs [key, value] pairs", n);
            }
            String key = Args.string(pair.get(0), "a record key", n);
            Integer at = seen.get(key);
            if (at == null) {
                seen.put(key, count);
                names[count] = key;
                values[count++] = pair.get(1);
            } else {
                values[at] = pair.get(1);
            }
        }
        return new LingoRecord(RecordShape.of(java.util.Arrays.copyOf(names, count)), java.util.Arrays.copyOf(values, count));
    }
}
