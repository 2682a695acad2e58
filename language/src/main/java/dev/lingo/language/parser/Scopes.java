package dev.lingo.language.parser;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

import dev.lingo.language.nodes.control.LoopSignals;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.vm.types.LingoType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lexical scopes while building: one {@link FunctionScope} per function, a stack of blocks inside it. */
final class Scopes {

    private Scopes() {
    }

    /** A local variable: its frame slot and whether {@code var} declared it. */
    record Local(String name, int slot, boolean mutable, LingoType type) {
    }

    /** A resolved name: a local {@code depth} functions out (0 = this function). */
    record Resolved(Local local, int depth) {
    }

    static final class FunctionScope {
        final FunctionScope parent;
        final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder().defaultValue(LingoNull.INSTANCE);
        final Deque<Map<String, Local>> blocks = new ArrayDeque<>();
        final boolean isModule;
        boolean captures;
        int loopDepth;
        /** The labels of the loops being built around the current code, innermost first. */
        final Deque<LoopSignals.Label> labels = new ArrayDeque<>();

        FunctionScope(FunctionScope parent, boolean isModule) {
            this.parent = parent;
            this.isModule = isModule;
            blocks.push(new HashMap<>());
        }

        /** The module's outermost block holds globals, not locals. */
        boolean atModuleTop() {
            return isModule && blocks.size() == 1;
        }

        Local declare(String name, boolean mutable) {
            return declare(name, mutable, null);
        }

        Local declare(String name, boolean mutable, LingoType type) {
            int slot = frame.addSlot(FrameSlotKind.Illegal, name, null);
            Local local = new Local(name, slot, mutable, type);
            blocks.peek().put(name, local);
            return local;
        }

        int hiddenSlot(String purpose) {
            return frame.addSlot(FrameSlotKind.Illegal, purpose, null);
        }

        Local findHere(String name) {
            for (Map<String, Local> block : blocks) {
                Local l = block.get(name);
                if (l != null) {
                    return l;
                }
            }
            return null;
        }

        Set<String> visibleNames() {
            Set<String> names = new LinkedHashSet<>();
            for (FunctionScope f = this; f != null; f = f.parent) {
                for (Map<String, Local> block : f.blocks) {
                    names.addAll(block.keySet());
                }
            }
            return names;
        }
    }

    /** Finds a local by walking out through blocks and enclosing functions; marks closures that capture. */
    static Resolved resolve(FunctionScope scope, String name) {
        int depth = 0;
        List<FunctionScope> crossed = new ArrayList<>();
        for (FunctionScope f = scope; f != null; f = f.parent, depth++) {
            Local local = f.findHere(name);
            if (local != null) {
                for (FunctionScope c : crossed) {
                    c.captures = true;
                }
                return new Resolved(local, depth);
            }
            crossed.add(f);
        }
        return null;
    }
}
