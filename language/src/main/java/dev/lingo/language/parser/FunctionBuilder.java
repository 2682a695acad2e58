package dev.lingo.language.parser;

import dev.lingo.language.nodes.FunctionRootNode;
import dev.lingo.language.nodes.ForceNode;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.TypeCheckNode;
import dev.lingo.language.nodes.call.LambdaNode;
import dev.lingo.language.nodes.control.BlockNode;
import dev.lingo.language.nodes.local.ReadArgumentNode;
import dev.lingo.language.nodes.local.WriteLocalNodeGen;
import dev.lingo.language.parser.LingoParser.ParamContext;
import dev.lingo.language.parser.Scopes.FunctionScope;
import dev.lingo.language.parser.Scopes.Local;
import dev.lingo.vm.types.LingoType;

import org.antlr.v4.runtime.ParserRuleContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds functions and lambdas: a new frame, parameters as locals, an optional return-type check. */
final class FunctionBuilder {

    private final BuildState state;
    private final ExpressionBuilder expressions;
    private String nameHint;

    FunctionBuilder(BuildState state, ExpressionBuilder expressions) {
        this.state = state;
        this.expressions = expressions;
    }

    /** The next lambda built takes this name (for {@code let f = x -> …}), so stack traces read well. */
    void nameNextLambda(String name) {
        nameHint = name;
    }

    private String lambdaName() {
        String name = nameHint == null ? "<lambda>" : nameHint;
        nameHint = null;
        return name;
    }

    LingoExpressionNode shortLambda(LingoParser.ShortLambdaContext ctx) {
        String name = lambdaName();
        return build(name, List.of(ctx.name().getText()), List.of(ctx.name()), List.of(), null, ctx.expr(), ctx);
    }

    LingoExpressionNode parenLambda(LingoParser.ParenLambdaContext ctx) {
        String name = lambdaName();
        return build(name, params(ctx.params()), paramContexts(ctx.params()), paramTypes(ctx.params()), null, ctx.expr(), ctx);
    }

    LingoExpressionNode fnLambda(LingoParser.FnLambdaContext ctx) {
        String name = lambdaName();
        return build(name, params(ctx.params()), paramContexts(ctx.params()), paramTypes(ctx.params()), ctx.type(), ctx.block(), ctx);
    }

    LambdaNode declaration(LingoParser.FunctionStatementContext ctx) {
        nameHint = null;
        ParserRuleContext body = ctx.functionBody().block() != null ? ctx.functionBody().block() : ctx.functionBody().expr();
        return build(ctx.name().getText(), params(ctx.params()), paramContexts(ctx.params()), paramTypes(ctx.params()),
                        ctx.type(), body, ctx);
    }

    private LambdaNode build(String name, List<String> paramNames, List<? extends ParserRuleContext> paramCtxs,
                    List<LingoParser.TypeContext> paramTypes, LingoParser.TypeContext returnType, ParserRuleContext body,
                    ParserRuleContext whole) {
        LingoType ret = returnType == null ? null : expressions.types.visit(returnType);
        List<LingoType> types = new ArrayList<>();
        for (LingoParser.TypeContext t : paramTypes) {
            types.add(t == null ? null : expressions.types.visit(t));
        }
        FunctionScope outer = state.scope;
        FunctionScope scope = new FunctionScope(outer, false);
        state.scope = scope;
        try {
            List<LingoExpressionNode> statements = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int required = paramNames.size();
            for (int i = 0; i < paramNames.size(); i++) {
                String p = paramNames.get(i);
                if (!seen.add(p)) {
                    throw state.error(paramCtxs.get(i), "Parameter `" + p + "` is declared twice", "rename one of them");
                }
                LingoParser.ExprContext fallback = paramCtxs.get(i) instanceof ParamContext pc ? pc.expr() : null;
                LingoExpressionNode value;
                if (fallback != null) {
                    required = Math.min(required, i);
                    // built before the parameter is declared: a default sees the parameters before it, not itself
                    value = new ReadArgumentNode.OrDefault(i, expressions.build(fallback));
                } else {
                    if (required < i) {
                        throw state.error(paramCtxs.get(i), "Parameter `" + p + "` has no default but one before it has",
                                        "give it a default too, or move it before the parameters with defaults");
                    }
                    value = new ReadArgumentNode(i);
                }
                Local local = scope.declare(p, true);
                LingoType type = i < types.size() ? types.get(i) : null;
                if (type != null) {
                    value = state.at(new TypeCheckNode(ForceNode.wrap(value), type, "parameter `" + p + "` of `" + name + "`"), paramCtxs.get(i));
                }
                statements.add(WriteLocalNodeGen.create(value, local.slot()));
            }
            LingoExpressionNode bodyNode = body instanceof LingoParser.BlockContext block
                            ? expressions.control.blockInCurrentScope(block) : expressions.build((LingoParser.ExprContext) body);
            statements.add(bodyNode);
            BlockNode block = new BlockNode(statements.toArray(new LingoExpressionNode[0]));
            state.at(block, whole);
            FunctionRootNode root = new FunctionRootNode(state.language, scope.frame.build(), block, name,
                            state.section(whole), paramNames.toArray(new String[0]), required, ret);
            return state.at(new LambdaNode(name, root.getCallTarget(), scope.captures, paramNames.size(), required), whole);
        } finally {
            state.scope = outer;
        }
    }

    private static List<String> params(LingoParser.ParamsContext ctx) {
        List<String> out = new ArrayList<>();
        if (ctx != null) {
            for (ParamContext p : ctx.param()) {
                out.add(p.name().getText());
            }
        }
        return out;
    }

    private static List<ParamContext> paramContexts(LingoParser.ParamsContext ctx) {
        return ctx == null ? List.of() : ctx.param();
    }

    private static List<LingoParser.TypeContext> paramTypes(LingoParser.ParamsContext ctx) {
        List<LingoParser.TypeContext> out = new ArrayList<>();
        if (ctx != null) {
            for (ParamContext p : ctx.param()) {
                out.add(p.type());
            }
        }
        return out;
    }
}
