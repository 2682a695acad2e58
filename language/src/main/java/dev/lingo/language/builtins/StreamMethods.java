package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.MethodTable.method;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoStream;
import dev.lingo.language.tables.Stage;
import dev.lingo.language.tables.StreamRun;
import dev.lingo.language.tables.TableWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Methods of a stream: map, filter and take add a step; each, toList and the writers walk it. */
final class StreamMethods {

    private StreamMethods() {
    }

    static void register(Map<String, MethodSpec> t) {
        method(t, "map", 1, 1, (r, a, n) -> s(r).with(new Stage.Map(function(a[0], "map", n))));
        method(t, "filter", 1, 1, (r, a, n) -> s(r).with(new Stage.Filter(function(a[0], "filter", n))));
        method(t, "take", 1, 1, (r, a, n) -> s(r).with(new Stage.Take(count(a[0], n))));
        method(t, "each", 1, 1, (r, a, n) -> each(s(r), function(a[0], "each", n), n));
        method(t, "toList", 0, 0, (r, a, n) -> toList(s(r), n));
        registerWriters(t);
    }

    /** {@code rows.writeCsv(path)}, for Lists too: the end of a pipeline reads the same either way. */
    static void registerWriters(Map<String, MethodSpec> t) {
        method(t, "writeCsv", 1, 1, (r, a, n) -> TableBuiltins.write(TableWriter.Format.CSV, a[0], r, "writeCsv", n));
        method(t, "writeJsonl", 1, 1, (r, a, n) -> TableBuiltins.write(TableWriter.Format.JSONL, a[0], r, "writeJsonl", n));
    }

    private static LingoStream s(Object receiver) {
        return (LingoStream) receiver;
    }

    private static LingoFunction function(Object v, String method, Node n) {
        LingoFunction f = Args.function(v, method + "'s argument", n);
        if (!f.takes(1)) {
            throw LingoError.typeError("The function given to " + method + "() must take 1 argument, but `" + f.name()
                            + "` takes " + f.expectedArguments(), n);
        }
        return f;
    }

    private static long count(Object v, Node n) {
        long count = Args.integer(v, "take's count", n);
        if (count < 0) {
            throw LingoError.of("ValueError", "take's count must not be negative, got " + count, n);
        }
        return count;
    }

    private static Object each(LingoStream stream, LingoFunction f, Node n) {
        try (StreamRun run = StreamRun.open(stream, n)) {
            run.lookAhead(v -> f.callTarget().call(f.frameArguments(new Object[]{v})));
            for (Object v = run.next(); v != StreamRun.END; v = run.next()) {
                f.callTarget().call(f.frameArguments(new Object[]{v}));
            }
        }
        return LingoNull.INSTANCE;
    }

    private static LingoList toList(LingoStream stream, Node n) {
        List<Object> items = new ArrayList<>();
        try (StreamRun run = StreamRun.open(stream, n)) {
            run.lookAhead(null);
            for (Object v = run.next(); v != StreamRun.END; v = run.next()) {
                items.add(v);
            }
        }
        return new LingoList(items.toArray());
    }
}
