package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.MethodTable.method;
import static dev.lingo.language.builtins.MethodTable.property;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMap;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.LingoSet;

import java.util.Map;

/** The methods of Map and Set values, and {@code toMap} for lists of pairs. */
final class MapMethods {

    private MapMethods() {
    }

    static void registerMap(Map<String, MethodSpec> t) {
        property(t, "size", (r, a, n) -> (long) m(r).size());
        property(t, "isEmpty", (r, a, n) -> m(r).size() == 0);
        method(t, "get", 1, 2, (r, a, n) -> {
            Object v = m(r).get(a[0], n);
            return v != null ? v : a.length > 1 ? a[1] : LingoNull.INSTANCE;
        });
        method(t, "has", 1, 1, (r, a, n) -> m(r).has(a[0], n));
        method(t, "set", 2, 2, (r, a, n) -> m(r).put(a[0], a[1], n));
        method(t, "remove", 1, 1, (r, a, n) -> m(r).remove(a[0], n));
        method(t, "keys", 0, 0, (r, a, n) -> new LingoList(m(r).keys()));
        method(t, "values", 0, 0, (r, a, n) -> new LingoList(m(r).values()));
        method(t, "entries", 0, 0, (r, a, n) -> m(r).pairs());
        method(t, "merge", 1, 1, (r, a, n) -> merge(m(r), a[0], n));
    }

    static void registerSet(Map<String, MethodSpec> t) {
        property(t, "size", (r, a, n) -> (long) s(r).size());
        property(t, "isEmpty", (r, a, n) -> s(r).size() == 0);
        method(t, "has", 1, 1, (r, a, n) -> s(r).has(a[0], n));
        method(t, "add", 1, 1, (r, a, n) -> s(r).add(a[0], n));
        method(t, "remove", 1, 1, (r, a, n) -> s(r).remove(a[0], n));
        method(t, "union", 1, 1, (r, a, n) -> s(r).union(other(a[0], "union's argument", n), n));
        method(t, "intersect", 1, 1, (r, a, n) -> s(r).intersect(other(a[0], "intersect's argument", n), n));
        method(t, "difference", 1, 1, (r, a, n) -> s(r).difference(other(a[0], "difference's argument", n), n));
        method(t, "isSubsetOf", 1, 1, (r, a, n) -> s(r).difference(other(a[0], "isSubsetOf's argument", n), n).size() == 0);
        method(t, "toList", 0, 0, (r, a, n) -> new LingoList(s(r).elements()));
    }

    /** {@code pairs.toMap()}: [key, value] lists or {key, value} records, in order; a later key's value wins. */
    static LingoMap toMap(LingoList pairs, Node n) {
        LingoMap out = LingoMap.EMPTY;
        for (Object p : pairs.items()) {
            p = dev.lingo.language.runtime.Pending.force(p);
            if (p instanceof LingoList pair && pair.size() == 2) {
                out = out.put(pair.get(0), pair.get(1), n);
            } else if (p instanceof LingoRecord rec && rec.size() == 2 && rec.get("key") != null && rec.get("value") != null) {
                out = out.put(rec.get("key"), rec.get("value"), n);
            } else {
                throw LingoError.of("ValueError", "toMap needs [key, value] pairs or {key, value} records, not "
                                + dev.lingo.language.runtime.Display.repr(p), n);
            }
        }
        return out;
    }

    private static LingoMap merge(LingoMap base, Object other, Node n) {
        if (!(other instanceof LingoMap more)) {
            throw Args.wrong("merge's argument", "a Map", other, n);
        }
        LingoMap out = base;
        Object[] keys = more.keys();
        Object[] values = more.values();
        for (int i = 0; i < keys.length; i++) {
            out = out.put(keys[i], values[i], n);
        }
        return out;
    }

    private static LingoSet other(Object v, String what, Node n) {
        if (v instanceof LingoSet s) {
            return s;
        }
        return LingoSet.of(Args.list(v, what + " (a Set or a List)", n).items(), n);
    }

    private static LingoMap m(Object receiver) {
        return (LingoMap) receiver;
    }

    private static LingoSet s(Object receiver) {
        return (LingoSet) receiver;
    }
}
