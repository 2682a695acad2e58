package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.vm.machine.ModelSpec;

import java.util.ArrayList;
import java.util.List;

/** A model value ({@code model fast = openai("gpt-4o-mini") fallback local}): a spec and its fallbacks. */
@ExportLibrary(InteropLibrary.class)
public final class LingoModel implements TruffleObject {

    private final String name;
    private final ModelSpec spec;
    private final List<LingoModel> fallbacks;

    public LingoModel(String name, ModelSpec spec, List<LingoModel> fallbacks) {
        this.name = name;
        this.spec = spec;
        this.fallbacks = List.copyOf(fallbacks);
    }

    public LingoModel named(String newName, List<LingoModel> newFallbacks) {
        return new LingoModel(newName, spec, newFallbacks);
    }

    public ModelSpec spec() {
        return spec;
    }

    /** This model, then its fallbacks' chains, each model once. */
    @TruffleBoundary
    public List<ModelSpec> chain() {
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
