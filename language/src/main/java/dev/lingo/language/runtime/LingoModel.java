package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.vm.machine.Cascade;
import dev.lingo.vm.machine.ModelSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A model value ({@code model fast = openai("gpt-4o-mini") fallback local}): a spec and its fallbacks;
 * or a cascade ({@code model triage = cascade(fast, careful)}), whose spec is its second model's.
 */
@ExportLibrary(InteropLibrary.class)
public final class LingoModel implements TruffleObject {

    private final String name;
    private final ModelSpec spec;
    private final List<LingoModel> fallbacks;
    private final Cascade cascade;

    public LingoModel(String name, ModelSpec spec, List<LingoModel> fallbacks) {
        this(name, spec, fallbacks, null);
    }

    private LingoModel(String name, ModelSpec spec, List<LingoModel> fallbacks, Cascade cascade) {
        this.name = name;
        this.spec = spec;
        this.fallbacks = List.copyOf(fallbacks);
        this.cascade = cascade;
    }

    /** {@code cascade(first, second, {threshold})}: each model keeps its fallbacks. */
    @TruffleBoundary
    public static LingoModel cascade(LingoModel first, LingoModel second, double threshold) {
        return new LingoModel(null, second.spec, List.of(), new Cascade(null, first.chain(), second.chain(), threshold));
    }

    public LingoModel named(String newName, List<LingoModel> newFallbacks) {
        return new LingoModel(newName, spec, newFallbacks, cascade == null ? null : cascade.named(newName));
    }

    /** The cascade this model is, or null for a plain model. */
    public Cascade cascade() {
        return cascade;
    }

    public ModelSpec spec() {
        return spec;
    }

    /** This model, then its fallbacks' chains, each model once; a cascade's second model's chain (what embed uses). */
    @TruffleBoundary
    public List<ModelSpec> chain() {
        if (cascade != null) {
            return cascade.second();
        }
        List<ModelSpec> out = new ArrayList<>();
        collect(this, out, new ArrayList<>());
        return out;
    }

    private static void collect(LingoModel m, List<ModelSpec> out, List<LingoModel> seen) {
        if (seen.contains(m)) {
            return;
        }
        seen.add(m);
        if (!out.contains(m.spec)) {
            out.add(m.spec);
        }
        for (LingoModel f : m.fallbacks) {
            collect(f, out, seen);
        }
    }

    @Override
    @TruffleBoundary
    public String toString() {
        StringBuilder sb = new StringBuilder("<model ");
        if (name != null) {
            sb.append(name).append(" = ");
        }
        if (cascade != null) {
            return sb.append("cascade(").append(cascade.first().get(0)).append(", ").append(cascade.second().get(0))
                            .append(", {threshold: ").append(cascade.threshold()).append("})>").toString();
        }
        sb.append(spec);
        for (LingoModel f : fallbacks) {
            sb.append(" fallback ").append(f.name != null ? f.name : f.spec.toString());
        }
        return sb.append('>').toString();
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
