package dev.lingo.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.llm.ModelRuntime;
import dev.lingo.language.parser.ModuleUnit;
import dev.lingo.language.parser.Suggestions;
import dev.lingo.language.runtime.GlobalCell;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.MemoryReserve;
import dev.lingo.language.runtime.ModuleScope;
import dev.lingo.language.runtime.RecordShape;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The state of one Lingo context: module scopes, loaded modules, output, script arguments. */
public final class LingoContext {

    public static final String MAIN = "main";
    public static final String PRELUDE = "prelude";

    private static final ContextReference<LingoContext> REFERENCE = ContextReference.create(LingoLanguage.class);

    private final LingoLanguage language;
    private final Env env;
    private final PrintStream out;
    private final Map<String, ModuleScope> scopes = new ConcurrentHashMap<>();
    private final Set<String> executed = ConcurrentHashMap.newKeySet();
    private final ContextModules modules;
    private final LingoBindings bindings;
    private final ModelRuntime models;
    private java.io.BufferedReader input; // stdin as UTF-8 lines, made when first read

    LingoContext(LingoLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.out = new PrintStream(env.out(), true, StandardCharsets.UTF_8);
        this.modules = new ContextModules(this);
        this.bindings = new LingoBindings(this);
        this.models = new ModelRuntime(this);
        MemoryReserve.keep(); // so that a full heap can still be reported as a MemoryError
    }

    public static LingoContext get(Node node) {
        return REFERENCE.get(node);
    }

    public LingoLanguage language() {
        return language;
    }

    public Env env() {
        return env;
    }

    public ContextModules modules() {
        return modules;
    }

    public ModelRuntime models() {
        return models;
    }

    LingoBindings bindings() {
        return bindings;
    }

    /** The next line of the program's standard input without its line end, or null at its end. */
    @TruffleBoundary
    public synchronized String readInputLine(String prompt) throws java.io.IOException {
        if (!prompt.isEmpty()) {
            out.print(prompt);
            out.flush();
        }
        if (input == null) {
            input = new java.io.BufferedReader(new java.io.InputStreamReader(env.in(), StandardCharsets.UTF_8));
        }
        return input.readLine();
    }

    @TruffleBoundary
    public void println(String line) {
        out.println(line);
    }

    @TruffleBoundary
    public LingoList scriptArguments() {
        return new LingoList(env.getApplicationArguments().clone());
    }

    @TruffleBoundary
    public ModuleScope scope(String moduleKey) {
        return scopes.computeIfAbsent(moduleKey, ModuleScope::new);
    }

    private boolean preludeLoaded;

    /** Loads and runs the prelude, once: before the first program is built or its scope is read. */
    public void ensurePrelude() {
        if (!preludeLoaded) {
            preludeLoaded = true;
            runOnce(modules.load("std:" + PRELUDE, null));
        }
    }

    /** The cell a global read refers to: the module's own, else the prelude's. */
    @TruffleBoundary
    public GlobalCell resolveGlobal(String moduleKey, String name, Node node) {
        GlobalCell cell = scope(moduleKey).lookup(name);
        if (cell == null) {
            cell = scope(PRELUDE).lookup(name);
        }
        if (cell == null) {
            Set<String> known = new HashSet<>(scope(moduleKey).cells().keySet());
            known.addAll(scope(PRELUDE).cells().keySet());
            throw LingoError.of("NameError", "`" + name + "` is not defined" + Suggestions.didYouMean(name, known), node);
        }
        return cell;
    }

    /**
     * Runs a module's top level once per context, then binds its exports into the importer;
     * {@code at} is the import, where the module's errors show in the importer's stack.
     */
    @TruffleBoundary
    public void importModule(ModuleUnit unit, String importerKey, String alias, Node at) {
        if (executed.add(unit.key())) {
            unit.topLevel().call(at);
        }
        ModuleScope from = scope(unit.key());
        ModuleScope into = scope(importerKey);
        List<String> exports = unit.exports();
        if (alias != null) {
            GlobalCell[] cells = new GlobalCell[exports.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = from.lookup(exports.get(i));
            }
            into.declare(alias, false).set(LingoRecord.ofModule(RecordShape.of(exports.toArray(new String[0])), cells));
            return;
        }
        for (String name : exports) {
            GlobalCell cell = from.lookup(name);
            if (cell != null) {
                into.bind(name, cell);
            }
        }
        unit.exportedTypes().forEach(into::declareType);
    }

    private void runOnce(ModuleUnit unit) {
        if (executed.add(unit.key())) {
            unit.topLevel().call();
        }
    }
}
