package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.HostRecords;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMap;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Pending;

/** {@code get(x, key, default?)}: a field, map value or list element that may be missing, for data of uncertain shape. */
final class LookupBuiltins {

    private LookupBuiltins() {
    }

    static void register() {
        add("prelude.get", 2, 3, LookupBuiltins::get);
    }

    private static Object get(Object[] a, Node n) {
        Object container = Pending.force(a[0]);
        Object key = Pending.force(a[1]);
        Object found = find(container, key, n);
        return found != null ? found : a.length > 2 ? a[2] : LingoNull.INSTANCE;
    }

    /** The value at {@code key}, or Java null when there is none. */
    private static Object find(Object container, Object key, Node n) {
        if (container instanceof LingoMap m) {
            return m.get(key, n);
        }
        LingoRecord record = HostRecords.asRecordOrNull(container);
        if (record != null) {
            return record.get(Args.string(key, "get's field name (for a Record)", n));
        }
        LingoList list = Iteration.asListOrNull(container, n);
        if (list != null) {
            long i = Args.integer(key, "get's index (for a List)", n);
            long at = i < 0 ? list.size() + i : i;
            return at >= 0 && at < list.size() ? list.get((int) at) : null;
        }
        throw Args.wrong("get's first argument", "a Record, Map or List", container, n);
    }
}
