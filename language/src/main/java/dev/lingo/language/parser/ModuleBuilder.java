package dev.lingo.language.parser;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;

import dev.lingo.language.LingoLanguage;
import dev.lingo.language.builtins.BuiltinRegistry;
import dev.lingo.language.builtins.BuiltinSpec;
import dev.lingo.language.nodes.DeclarationNodes;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.ModuleRootNode;
import dev.lingo.language.nodes.local.GlobalNodes;
import dev.lingo.language.parser.LingoParser.StatementContext;
import dev.lingo.language.parser.Scopes.FunctionScope;
import dev.lingo.vm.types.LingoType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a module's top level in two passes: first its declarations (names, types, imports)
 * so functions can refer to anything declared in the file, then the code, functions hoisted.
 */
final class ModuleBuilder {

    private final BuildState state;
    private final ExpressionBuilder expressions;
    private final StatementBuilder statements;
    private final boolean replaceable;
    private final Map<String, Integer> declaredAt = new HashMap<>();
    private final Map<String, LingoType> ownTypes = new LinkedHashMap<>();
    private final Map<StatementContext, ModuleUnit> imports = new HashMap<>();
    /** Names unqualified imports of this source brought in, and where. */
    private final Map<String, Imported> importedAt = new HashMap<>();

    ModuleBuilder(TruffleLanguage<?> language, Source source, String moduleKey, ModuleLoader loader, boolean replaceable) {
        this.state = new BuildState(language, source, moduleKey, loader);
        this.replaceable = replaceable;
        TypeBuilder types = new TypeBuilder(state);
        this.expressions = new ExpressionBuilder(state, types);
        expressions.names = new NameResolver(state);
        expressions.control = new ControlBuilder(state, expressions);
        expressions.functions = new FunctionBuilder(state, expressions);
        expressions.opcodes = new OpcodeBuilder(state, expressions);
        this.statements = new StatementBuilder(state, expressions);
        expressions.control.statements = statements;
        KnownNames known = loader == null ? KnownNames.NONE : loader.knownNames(moduleKey);
        state.globals.addAll(known.globals());
        state.types.putAll(known.types());
    }

    ModuleUnit build(LingoParser.StatementsContext top, String rootName) {
        state.scope = new FunctionScope(null, true);
        // imports first, then the types in the order they use each other, then the rest: a type
        // may use one declared further down, and annotations may use any of them
        List<LingoParser.TypeStatementContext> types = new ArrayList<>();
        for (StatementContext s : top.statement()) {
            if (s instanceof LingoParser.ImportStatementContext) {
                declare(s);
            } else if (s instanceof LingoParser.TypeStatementContext type) {
                types.add(type);
            }
        }
        for (LingoParser.TypeStatementContext type : TypeOrder.of(types, state)) {
            declare(type);
        }
        for (StatementContext s : top.statement()) {
            if (!(s instanceof LingoParser.ImportStatementContext || s instanceof LingoParser.TypeStatementContext)) {
                declare(s);
            }
        }
        List<LingoExpressionNode> code = new ArrayList<>();
        for (StatementContext s : top.statement()) {
            if (s instanceof LingoParser.FunctionStatementContext fn) {
                code.add(state.at(new GlobalNodes.Define(state.moduleKey, fn.name().getText(), false,
                                expressions.functions.declaration(fn)), fn));
            }
        }
        for (StatementContext s : top.statement()) {
            LingoExpressionNode node = statement(s);
            if (node != null) {
                code.add(node);
            }
        }
        ModuleRootNode root = new ModuleRootNode(state.language, state.scope.frame.build(),
                        code.toArray(new LingoExpressionNode[0]), state.source.createSection(0, state.source.getLength()), rootName);
        List<String> exports = new ArrayList<>();
        for (String name : state.declared) {
            if (!name.startsWith("_")) {
                exports.add(name);
            }
        }
        Map<String, LingoType> exportedTypes = new LinkedHashMap<>();
        ownTypes.forEach((name, type) -> {
            if (!name.startsWith("_")) {
                exportedTypes.put(name, type);
            }
        });
        return new ModuleUnit(state.moduleKey, root.getCallTarget(), exports, exportedTypes);
    }

    /** Pass one: what this statement declares. */
    private void declare(StatementContext s) {
        if (s instanceof LingoParser.LetStatementContext let) {
            declareName(let.name(), false);
        } else if (s instanceof LingoParser.VarStatementContext var) {
            declareName(var.name(), true);
            if (var.type() != null) {
                state.globalTypes.put(var.name().getText(), expressions.types.visit(var.type()));
            }
        } else if (s instanceof LingoParser.DestructureStatementContext d) {
            List<LingoParser.NameContext> names = new ArrayList<>();
            PatternBuilder.names(d.destructuring(), names);
            for (LingoParser.NameContext name : names) {
                declareName(name, d.VAR() != null);
            }
        } else if (s instanceof LingoParser.FunctionStatementContext fn) {
            declareName(fn.name(), false);
        } else if (s instanceof LingoParser.ExternalStatementContext ext) {
            declareName(ext.name(), false);
        } else if (s instanceof LingoParser.ModelStatementContext model) {
            declareName(model.name(0), false);
        } else if (s instanceof LingoParser.TypeStatementContext type) {
            String name = type.name().getText();
            if (TypeBuilder.BUILTIN.containsKey(name)) {
                throw state.error(type.name(), "`" + name + "` is a builtin type and cannot be redeclared", "choose another name");
            }
            if (ownTypes.containsKey(name) && !replaceable) {
                throw state.error(type.name(), "Type `" + name + "` is already declared in this module", "rename one of them");
            }
            LingoType declared = new LingoType.NamedType(name, expressions.types.declaration(name, type.type()));
            ownTypes.put(name, declared);
            state.types.put(name, declared);
        } else if (s instanceof LingoParser.ImportStatementContext imp) {
            String spec = StringLiterals.plain(imp.plainString(), state);
            ModuleUnit unit;
            try {
                unit = state.loader.load(spec, state.source);
            } catch (ModuleLoader.ImportFailure failure) {
                throw state.error(imp.plainString(), failure.getMessage(), failure.hint());
            }
            imports.put(s, unit);
            if (imp.name() != null) {
                declareName(imp.name(), false);
            } else {
                for (String name : unit.exports()) {
                    importName(imp, spec, name);
                }
                state.globals.addAll(unit.exports());
                state.types.putAll(unit.exportedTypes());
            }
        }
    }

    /** A name an unqualified import brings in: it may not clash with one this source declares or imports from elsewhere. */
    private void importName(LingoParser.ImportStatementContext imp, String spec, String name) {
        Integer line = declaredAt.get(name);
        if (line != null) {
            throw state.error(imp.plainString(), "`" + name + "` from `" + spec + "` clashes with the `" + name + "` declared at line " + line,
                            "rename yours, or import the module with a name: `import \"" + spec + "\" as m`, then `m." + name + "`");
        }
        Imported earlier = importedAt.putIfAbsent(name, new Imported(spec, imp.getStart().getLine()));
        if (earlier != null && !earlier.spec().equals(spec)) {
            throw state.error(imp.plainString(), "`" + name + "` is imported from both `" + earlier.spec() + "` (line " + earlier.line()
                            + ") and `" + spec + "`", "import one of them with a name: `import \"" + spec + "\" as m`, then `m." + name + "`");
        }
    }

    private record Imported(String spec, int line) {
    }

    private void declareName(LingoParser.NameContext ctx, boolean mutable) {
        String name = ctx.getText();
        Integer line = declaredAt.get(name);
        if (line != null && !replaceable) {
            throw state.error(ctx, "`" + name + "` is already declared at line " + line, "rename one of them");
        }
        Imported imported = importedAt.get(name);
        if (imported != null) {
            throw state.error(ctx, "`" + name + "` is already imported from `" + imported.spec() + "` at line " + imported.line(),
                            "rename yours, or import the module with a name: `import \"" + imported.spec() + "\" as m`");
        }
        declaredAt.put(name, ctx.getStart().getLine());
        state.declared.add(name);
        state.globals.add(name);
        if (mutable) {
            state.mutableGlobals.add(name);
        } else {
            state.mutableGlobals.remove(name);
        }
    }

    /** Pass two: the code of one top-level statement. */
    private LingoExpressionNode statement(StatementContext s) {
        if (s instanceof LingoParser.TypeStatementContext type) {
            String name = type.name().getText();
            return state.at(new DeclarationNodes.DeclareType(state.moduleKey, name, ownTypes.get(name)), s);
        } else if (s instanceof LingoParser.ImportStatementContext imp) {
            return state.at(new DeclarationNodes.Import(state.moduleKey, imports.get(s),
                            imp.name() == null ? null : imp.name().getText()), s);
        } else if (s instanceof LingoParser.ExternalStatementContext ext) {
            return external(ext);
        }
        return statements.visit(s);
    }

    private LingoExpressionNode external(LingoParser.ExternalStatementContext ext) {
        String key = state.moduleKey;
        if (!key.equals("prelude") && !key.startsWith("std:")) {
            throw state.error(ext, "`external fn` is only for the standard library", "define a normal `fn` instead");
        }
        String qualified = (key.equals("prelude") ? "prelude" : key.substring(4)) + "." + ext.name().getText();
        BuiltinSpec spec = BuiltinRegistry.lookup(qualified);
        if (spec == null) {
            throw state.error(ext.name(), "No Java builtin is bound to `" + qualified + "`", "this is a bug in Lingo's standard library");
        }
        Object function = ((LingoLanguage) state.language).builtinFunction(spec);
        return state.at(new GlobalNodes.Define(key, ext.name().getText(), false, new DeclarationNodes.Constant(function)), ext);
    }
}
