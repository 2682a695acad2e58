package dev.lingo.language.builtins;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.language.runtime.Values;
import dev.lingo.vm.memory.Recalled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lingo values to and from what embeddings and memories hold: texts, vectors, flat metadata records. */
final class MemoryValues {

    private static final RecordShape RECALLED = RecordShape.of("text", "meta", "score");

    private MemoryValues() {
    }

    /** A String, or a List of Strings; {@code one[0]} tells which it was. */
    static List<String> texts(Object v, String what, boolean[] one, Node n) {
        v = Pending.force(v);
        if (v instanceof String s) {
            one[0] = true;
            return List.of(s);
        }
        if (!(v instanceof LingoList)) {
            throw Args.wrong(what, "a String or a List of Strings", v, n);
        }
        List<String> out = new ArrayList<>();
        for (Object item : Args.list(v, what, n).toArray()) {
            out.add(Args.string(item, what + "'s items", n));
        }
        return out;
    }

    /** A text to remember and its metadata. */
    record Item(String text, Map<String, Object> meta) {
    }

    /**
     * What remember takes: a String, or a List of Strings and records {@code {text, meta?}}; a
     * record's own meta replaces the {@code shared} one.
     */
    static List<Item> items(Object v, Map<String, Object> shared, Node n) {
        v = Pending.force(v);
        if (v instanceof String s) {
            return List.of(new Item(s, shared));
        }
        if (!(v instanceof LingoList)) {
            throw Args.wrong("remember's text", "a String or a List of Strings and {text, meta} records", v, n);
        }
        List<Item> out = new ArrayList<>();
        for (Object element : Args.list(v, "remember's texts", n).toArray()) {
            Object e = Pending.force(element);
            if (e instanceof LingoRecord r) {
                if (r.shape().indexOf("text") < 0) {
                    throw LingoError.typeError("a record to remember needs a `text` field (and may have `meta`)", n);
                }
                Object meta = r.shape().indexOf("meta") >= 0 ? r.get("meta") : null;
                out.add(new Item(Args.string(r.get("text"), "remember's `text` field", n),
                                meta == null ? shared : meta(meta, "remember's `meta` field", n)));
            } else {
                out.add(new Item(Args.string(e, "remember's texts", n), shared));
            }
        }
        return out;
    }

    static LingoList vector(float[] v) {
        Object[] items = new Object[v.length];
        for (int i = 0; i < v.length; i++) {
            items[i] = (double) v[i];
        }
        return new LingoList(items);
    }

    /** A record of Strings, Ints, Floats and Bools: what a memory can store and filter on. */
    static Map<String, Object> meta(Object v, String what, Node n) {
        LingoRecord r = Args.record(v, what, n);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : r.shape().names()) {
            Object value = Pending.force(r.get(name));
            if (!(value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean)) {
                throw LingoError.typeError(what + "'s fields are Strings, Ints, Floats or Bools; `" + name + "` is "
                                + Values.typeName(value), n);
            }
            out.put(name, value);
        }
        return out;
    }

    static LingoRecord recalled(Recalled r) {
        String[] names = r.meta().keySet().toArray(String[]::new);
        Object[] values = r.meta().values().toArray();
        return new LingoRecord(RECALLED, new Object[] {r.text(), new LingoRecord(RecordShape.of(names), values), r.score()});
    }
}
