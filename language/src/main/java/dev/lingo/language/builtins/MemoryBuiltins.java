package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.LingoContext;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMemory;
import dev.lingo.language.runtime.LingoModel;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.Pending;
import dev.lingo.vm.machine.Embeddings;

import java.util.List;

/** {@code embed(text)} / {@code embed([texts])} and {@code memory("name")}: vectors, and the store built on them. */
final class MemoryBuiltins {

    private MemoryBuiltins() {
    }

    static void register() {
        add("prelude.embed", 1, 2, (a, n) -> {
            boolean[] one = new boolean[1];
            List<String> texts = MemoryValues.texts(a[0], "embed's text", one, n);
            LingoModel model = model(a, 1, "embed's model", n);
            Embeddings e = texts.isEmpty() ? null : LingoContext.get(n).models().embed(model, texts, n);
            if (one[0]) {
                return MemoryValues.vector(e.vectors().getFirst());
            }
            return e == null ? LingoList.EMPTY : new LingoList(e.vectors().stream().map(MemoryValues::vector).toArray());
        });
        add("prelude.memory", 1, 2, (a, n) -> {
            String name = Args.string(a[0], "memory's name", n);
            LingoModel model = model(a, 1, "memory's model", n);
            return new LingoMemory(LingoContext.get(n).models().memories().open(name, n), model);
        });
    }

    /** The optional model argument: a model value, or null when absent (the default embedding model). */
    static LingoModel model(Object[] a, int index, String what, Node n) {
        if (a.length <= index) {
            return null;
        }
        Object v = Pending.force(a[index]);
        if (v == LingoNull.INSTANCE) {
            return null;
        }
        if (v instanceof LingoModel m) {
            return m;
        }
        throw Args.wrong(what, "a model (e.g. openai(\"text-embedding-3-small\") or offline())", v, n);
    }
}
