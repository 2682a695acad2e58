package dev.lingo.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** All builtin methods, by receiver kind and name. */
public final class MethodTable {

    private static final Map<ReceiverKind, Map<String, MethodSpec>> TABLE = new EnumMap<>(ReceiverKind.class);

    static {
        StringMethods.register(table(ReceiverKind.STRING));
        ListMethods.register(table(ReceiverKind.LIST));
        HigherOrderMethods.register(table(ReceiverKind.LIST));
        MapMethods.registerMap(table(ReceiverKind.MAP));
        MapMethods.registerSet(table(ReceiverKind.SET));
        StreamMethods.register(table(ReceiverKind.STREAM));
        StreamMethods.registerWriters(table(ReceiverKind.LIST));
        NumberMethods.register(table(ReceiverKind.INT), table(ReceiverKind.FLOAT));
        MemoryMethods.register(table(ReceiverKind.MEMORY));
        DocumentBuiltins.registerImageProperties(table(ReceiverKind.IMAGE));
        for (ReceiverKind kind : ReceiverKind.values()) {
            method(table(kind), "toString", 0, 0, (r, a, n) -> dev.lingo.language.runtime.Display.show(r));
        }
    }

    private MethodTable() {
    }

    private static Map<String, MethodSpec> table(ReceiverKind kind) {
        return TABLE.computeIfAbsent(kind, k -> new LinkedHashMap<>());
    }

    @TruffleBoundary
    public static MethodSpec lookup(ReceiverKind kind, String name) {
        Map<String, MethodSpec> methods = TABLE.get(kind);
        return methods == null ? null : methods.get(name);
    }

    @TruffleBoundary
    public static Set<String> names(ReceiverKind kind) {
        Map<String, MethodSpec> methods = TABLE.get(kind);
        return methods == null ? Set.of() : methods.keySet();
    }

    static void method(Map<String, MethodSpec> t, String name, int min, int max, SimpleMethod.Body body) {
        t.put(name, new MethodSpec(name, min, max, false, () -> new SimpleMethod(body)));
    }

    static void property(Map<String, MethodSpec> t, String name, SimpleMethod.Body body) {
        t.put(name, new MethodSpec(name, 0, 0, true, () -> new SimpleMethod(body)));
    }

    static void node(Map<String, MethodSpec> t, String name, int min, int max, Supplier<MethodNode> factory) {
        t.put(name, new MethodSpec(name, min, max, false, factory));
    }
}
