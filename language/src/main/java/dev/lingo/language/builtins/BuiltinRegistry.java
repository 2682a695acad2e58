package dev.lingo.language.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every Java builtin, by qualified name ({@code module.function}); stdlib sources bind them with {@code external fn}. */
public final class BuiltinRegistry {

    private static final Map<String, BuiltinSpec> BUILTINS = new LinkedHashMap<>();

    static {
        CoreBuiltins.register();
        TextBuiltins.register();
        LookupBuiltins.register();
        IoBuiltins.register();
        DocumentBuiltins.register();
        TableBuiltins.register();
        JsonBuiltins.register();
        MathBuiltins.register();
        TimeBuiltins.register();
        SemBuiltins.register();
        ModelBuiltins.register();
        MemoryBuiltins.register();
    }

    private BuiltinRegistry() {
    }

    static void add(String qualifiedName, int min, int max, BuiltinSpec.Body body) {
        if (BUILTINS.put(qualifiedName, new BuiltinSpec(qualifiedName, min, max, body)) != null) {
            throw new IllegalStateException("duplicate builtin " + qualifiedName);
        }
    }

    public static BuiltinSpec lookup(String qualifiedName) {
        return BUILTINS.get(qualifiedName);
    }

    public static Map<String, BuiltinSpec> all() {
        return Collections.unmodifiableMap(BUILTINS);
    }
}
