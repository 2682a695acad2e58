package dev.lingo.language.parser;

import dev.lingo.language.nodes.ForceNode;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.TypeCheckNode;
import dev.lingo.vm.types.LingoType;
import dev.lingo.language.nodes.local.GlobalNodes;
import dev.lingo.language.nodes.local.LocalPlusAssignNode;
import dev.lingo.language.nodes.ops.AddNodeGen;
import dev.lingo.language.nodes.local.OuterLocalNodes;
import dev.lingo.language.nodes.local.ReadLocalNodeGen;
import dev.lingo.language.nodes.local.WriteLocalNodeGen;
import dev.lingo.language.parser.Scopes.Resolved;

import org.antlr.v4.runtime.ParserRuleContext;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resolves names to locals, captured locals or module globals, at parse time. */
final class NameResolver {

    private final BuildState state;

    NameResolver(BuildState state) {
        this.state = state;
    }

    LingoExpressionNode read(LingoParser.NameContext ctx) {
        String name = ctx.getText();
        Resolved r = Scopes.resolve(state.scope, name);
        if (r != null) {
            return state.at(r.depth() == 0 ? ReadLocalNodeGen.create(r.local().slot())
                            : new OuterLocalNodes.Read(r.depth(), r.local().slot()), ctx);
        }
        if (state.globals.contains(name)) {
            return state.at(new GlobalNodes.Read(state.moduleKey, name), ctx);
        }
        throw unknown(ctx, name);
    }

    /** {@code name = value}: the target must be a {@code var}. */
    LingoExpressionNode write(LingoParser.NameContext ctx, LingoExpressionNode value, ParserRuleContext statement) {
        String name = ctx.getText();
        Resolved r = Scopes.resolve(state.scope, name);
        if (r != null) {
            if (!r.local().mutable()) {
                throw state.error(ctx, "`" + name + "` is a `let` and cannot be assigned",
                                "declare it with `var " + name + " = …` if it must change");
            }
            if (r.local().type() != null) {
                value = state.at(new TypeCheckNode(ForceNode.wrap(value), r.local().type(), "`" + name + "`"), statement);
            }
            return state.at(r.depth() == 0 ? WriteLocalNodeGen.create(value, r.local().slot())
                            : new OuterLocalNodes.Write(r.depth(), r.local().slot(), value), statement);
        }
        if (state.globals.contains(name)) {
            if (state.declaredHere(name) && !state.mutableGlobals.contains(name)) {
                throw state.error(ctx, "`" + name + "` is a `let` and cannot be assigned",
                                "declare it with `var " + name + " = …` if it must change");
            }
            LingoType type = state.globalTypes.get(name);
            if (type != null) {
                value = state.at(new TypeCheckNode(ForceNode.wrap(value), type, "`" + name + "`"), statement);
            }
            return state.at(new GlobalNodes.Write(state.moduleKey, name, value), statement);
        }
        throw unknown(ctx, name);
    }

    /**
     * {@code name += value} on an untyped top-level {@code var}: appends long strings in place (see
     * {@link GlobalNodes.PlusAssign}); null for any other target, which is built as {@code name = name + value}.
     */
    LingoExpressionNode plusAssignGlobal(LingoParser.NameContext ctx, LingoExpressionNode value, ParserRuleContext statement) {
        String name = ctx.getText();
        if (Scopes.resolve(state.scope, name) != null || !state.globals.contains(name) || state.globalTypes.get(name) != null
                        || (state.declaredHere(name) && !state.mutableGlobals.contains(name))) {
            return null;
        }
        return state.at(new GlobalNodes.PlusAssign(state.moduleKey, name, value), statement);
    }

    /**
     * {@code name += value} on an untyped {@code var} of the current function: appends long strings in
     * place (see {@link LocalPlusAssignNode}); null for any other target.
     */
    LingoExpressionNode plusAssignLocal(LingoParser.NameContext ctx, LingoExpressionNode value, ParserRuleContext statement) {
        Resolved r = Scopes.resolve(state.scope, ctx.getText());
        if (r == null || r.depth() != 0 || !r.local().mutable() || r.local().type() != null) {
            return null;
        }
        LingoExpressionNode sum = state.at(AddNodeGen.create(read(ctx), value), statement);
        return state.at(new LocalPlusAssignNode(r.local().slot(), WriteLocalNodeGen.create(sum, r.local().slot())), statement);
    }

    /** The standard-library modules an unknown name is looked up in, to say which one to import. */
    static final List<String> STD_MODULES = List.of("math", "text", "list", "json", "time", "sem");

    /** The first standard module (not the prelude) that exports {@code name}, or null; only on the way to an error. */
    private String stdModuleExporting(String name) {
        for (String m : STD_MODULES) {
            try {
                if (state.loader.load("std:" + m, null).exports().contains(name)) {
                    return "std:" + m;
                }
            } catch (RuntimeException e) {
                // a module that cannot be loaded here says nothing about the name
            }
        }
        return null;
    }

    private LingoParseError unknown(ParserRuleContext ctx, String name) {
        String module = stdModuleExporting(name);
        if (module != null) {
            return state.error(ctx, "Unknown name `" + name + "`: it is defined in `" + module + "`",
                            "add `import \"" + module + "\"` at the top of the file");
        }
        Set<String> candidates = new LinkedHashSet<>(state.scope.visibleNames());
        candidates.addAll(state.globals);
        String suggestion = Suggestions.didYouMean(name, candidates);
        return state.error(ctx, "Unknown name `" + name + "`" + suggestion,
                        suggestion.isEmpty() ? "declare it with `let " + name + " = …` before using it, or import the module that defines it"
                                        : null);
    }
}
