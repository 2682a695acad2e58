package dev.lingo.language.parser;

import dev.lingo.language.nodes.ForceNode;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.TypeCheckNode;
import dev.lingo.language.nodes.control.JumpNodes;
import dev.lingo.language.nodes.control.LabelNodes;
import dev.lingo.language.nodes.control.ThrowNode;
import dev.lingo.language.nodes.literal.LiteralNodes;
import dev.lingo.language.nodes.local.GlobalNodes;
import dev.lingo.language.nodes.local.WriteLocalNodeGen;
import dev.lingo.language.nodes.llm.ContextBlockNode;
import dev.lingo.language.nodes.llm.ModelDeclarationNode;
import dev.lingo.language.nodes.ops.AddNodeGen;
import dev.lingo.language.nodes.ops.ArithmeticNodesFactory;
import dev.lingo.language.parser.LingoParser.StatementContext;
import dev.lingo.language.parser.Scopes.Local;
import dev.lingo.vm.types.LingoType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds statements inside blocks and functions; the module's top level is {@link ModuleBuilder}'s. */
final class StatementBuilder extends LingoParserBaseVisitor<LingoExpressionNode> {

    private final BuildState state;
    private final ExpressionBuilder expressions;

    StatementBuilder(BuildState state, ExpressionBuilder expressions) {
        this.state = state;
        this.expressions = expressions;
    }

    /**
     * A block's statements. Its functions are hoisted (spec 5.1): their names are known in the
     * whole block and they are made before its first statement runs, so they may call each other
     * and be called above where they are written. Each body is built where it is written, so it
     * sees the names declared above it; there the block has a statement with no value.
     */
    List<LingoExpressionNode> buildAll(LingoParser.StatementsContext ctx) {
        Map<StatementContext, Local> functions = new HashMap<>();
        if (!state.scope.atModuleTop()) {
            for (StatementContext s : ctx.statement()) {
                if (s instanceof LingoParser.FunctionStatementContext fn) {
                    functions.put(s, state.scope.declare(fn.name().getText(), false));
                }
            }
        }
        List<LingoExpressionNode> hoisted = new ArrayList<>();
        List<LingoExpressionNode> in = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            Local local = functions.get(s);
            if (local == null) {
                in.add(visit(s));
                continue;
            }
            LingoParser.FunctionStatementContext fn = (LingoParser.FunctionStatementContext) s;
            hoisted.add(state.at(WriteLocalNodeGen.create(expressions.functions.declaration(fn), local.slot()), fn));
            in.add(state.at(new LiteralNodes.NullLiteral(), s));
        }
        hoisted.addAll(in);
        return hoisted;
    }

    @Override
    public LingoExpressionNode visitLetStatement(LingoParser.LetStatementContext ctx) {
        return binding(ctx.name(), ctx.type(), ctx.expr(), false, ctx);
    }

    @Override
    public LingoExpressionNode visitVarStatement(LingoParser.VarStatementContext ctx) {
        return binding(ctx.name(), ctx.type(), ctx.expr(), true, ctx);
    }

    @Override
    public LingoExpressionNode visitDestructureStatement(LingoParser.DestructureStatementContext ctx) {
        boolean mutable = ctx.VAR() != null;
        LingoExpressionNode value = expressions.forced(ctx.expr());
        List<LingoExpressionNode> defines = new ArrayList<>();
        PatternBuilder.Binder binder;
        if (state.scope.atModuleTop()) {
            binder = name -> {
                int slot = state.scope.hiddenSlot(name.getText());
                defines.add(state.at(new GlobalNodes.Define(state.moduleKey, name.getText(), mutable,
                                dev.lingo.language.nodes.local.ReadLocalNodeGen.create(slot)), name));
                return slot;
            };
        } else {
            binder = name -> state.scope.declare(name.getText(), mutable).slot();
        }
        var pattern = expressions.control.patterns().destructuring(ctx.destructuring(), binder, new java.util.HashSet<>());
        var d = ctx.destructuring();
        String text = d.getStart().getInputStream().getText(
                        org.antlr.v4.runtime.misc.Interval.of(d.getStart().getStartIndex(), d.getStop().getStopIndex()));
        return state.at(new dev.lingo.language.nodes.local.DestructureNode(value, pattern,
                        defines.toArray(new LingoExpressionNode[0]), text), ctx);
    }

    private LingoExpressionNode binding(LingoParser.NameContext nameCtx, LingoParser.TypeContext typeCtx,
                    LingoParser.ExprContext valueCtx, boolean mutable, StatementContext ctx) {
        String name = nameCtx.getText();
        LingoExpressionNode value = typedValue(name, typeCtx, valueCtx);
        if (state.scope.atModuleTop()) {
            return state.at(new GlobalNodes.Define(state.moduleKey, name, mutable, value), ctx);
        }
        Local local = state.scope.declare(name, mutable, typeCtx == null ? null : expressions.types.visit(typeCtx));
        return state.at(WriteLocalNodeGen.create(value, local.slot()), ctx);
    }

    LingoExpressionNode typedValue(String name, LingoParser.TypeContext typeCtx, LingoParser.ExprContext valueCtx) {
        if (valueCtx instanceof LingoParser.ShortLambdaContext || valueCtx instanceof LingoParser.ParenLambdaContext
                        || valueCtx instanceof LingoParser.OperandExprContext o && o.operand() instanceof LingoParser.PrimaryExprContext p
                                        && p.primary() instanceof LingoParser.FnLambdaContext) {
            expressions.functions.nameNextLambda(name);
        }
        LingoExpressionNode value = expressions.build(valueCtx);
        expressions.functions.nameNextLambda(null);
        if (typeCtx != null) {
            LingoType type = expressions.types.visit(typeCtx);
            value = state.at(new TypeCheckNode(ForceNode.wrap(value), type, "`" + name + "`"), valueCtx);
        }
        return value;
    }

    @Override
    public LingoExpressionNode visitFunctionStatement(LingoParser.FunctionStatementContext ctx) {
        if (state.scope.atModuleTop()) {
            // Top-level functions are hoisted by the module builder.
            return null;
        }
        Local local = state.scope.declare(ctx.name().getText(), false);
        return state.at(WriteLocalNodeGen.create(expressions.functions.declaration(ctx), local.slot()), ctx);
    }

    @Override
    public LingoExpressionNode visitTypeStatement(LingoParser.TypeStatementContext ctx) {
        throw state.error(ctx, "Types are declared at the top level of a module", "move this `type` out of the block");
    }

    @Override
    public LingoExpressionNode visitExternalStatement(LingoParser.ExternalStatementContext ctx) {
        throw state.error(ctx, "`external fn` belongs at the top level of a standard-library module", null);
    }

    @Override
    public LingoExpressionNode visitImportStatement(LingoParser.ImportStatementContext ctx) {
        throw state.error(ctx, "Imports belong at the top level of a module", "move this `import` to the top of the file");
    }

    @Override
    public LingoExpressionNode visitModelStatement(LingoParser.ModelStatementContext ctx) {
        String name = ctx.name(0).getText();
        LingoExpressionNode[] fallbacks = new LingoExpressionNode[ctx.name().size() - 1];
        for (int i = 1; i < ctx.name().size(); i++) {
            if (ctx.name(i).getText().equals(name)) {
                throw state.error(ctx.name(i), "A model cannot fall back to itself", "name another model after `fallback`");
            }
            fallbacks[i - 1] = expressions.names.read(ctx.name(i));
        }
        LingoExpressionNode value = state.at(new ModelDeclarationNode(name, expressions.forced(ctx.expr()), fallbacks), ctx);
        if (state.scope.atModuleTop()) {
            return state.at(new GlobalNodes.Define(state.moduleKey, name, false, value), ctx);
        }
        Local local = state.scope.declare(name, false);
        return state.at(WriteLocalNodeGen.create(value, local.slot()), ctx);
    }

    @Override
    public LingoExpressionNode visitContextStatement(LingoParser.ContextStatementContext ctx) {
        return state.at(new ContextBlockNode(expressions.forced(ctx.expr()), expressions.control.block(ctx.block())), ctx);
    }

    @Override
    public LingoExpressionNode visitWhileStatement(LingoParser.WhileStatementContext ctx) {
        return expressions.control.whileLoop(ctx);
    }

    @Override
    public LingoExpressionNode visitForStatement(LingoParser.ForStatementContext ctx) {
        return expressions.control.forLoop(ctx);
    }

    @Override
    public LingoExpressionNode visitBreakStatement(LingoParser.BreakStatementContext ctx) {
        if (state.scope.loopDepth == 0) {
            throw state.error(ctx, "`break` outside a loop", "`break` leaves the innermost `while` or `for`");
        }
        if (ctx.name() != null) {
            return state.at(new LabelNodes.Jump(expressions.control.label(ctx.name(), "break"), true), ctx);
        }
        return state.at(new JumpNodes.BreakNode(), ctx);
    }

    @Override
    public LingoExpressionNode visitContinueStatement(LingoParser.ContinueStatementContext ctx) {
        if (state.scope.loopDepth == 0) {
            throw state.error(ctx, "`continue` outside a loop", "`continue` starts the next turn of the innermost `while` or `for`");
        }
        if (ctx.name() != null) {
            return state.at(new LabelNodes.Jump(expressions.control.label(ctx.name(), "continue"), false), ctx);
        }
        return state.at(new JumpNodes.ContinueNode(), ctx);
    }

    @Override
    public LingoExpressionNode visitReturnStatement(LingoParser.ReturnStatementContext ctx) {
        if (state.scope.isModule) {
            throw state.error(ctx, "`return` outside a function", "the top level of a script has nothing to return from");
        }
        return state.at(new JumpNodes.ReturnNode(ctx.expr() == null ? null : expressions.build(ctx.expr())), ctx);
    }

    @Override
    public LingoExpressionNode visitThrowStatement(LingoParser.ThrowStatementContext ctx) {
        return state.at(new ThrowNode(expressions.forced(ctx.expr())), ctx);
    }

    @Override
    public LingoExpressionNode visitAssignStatement(LingoParser.AssignStatementContext ctx) {
        LingoExpressionNode value = expressions.build(ctx.expr());
        if (ctx.op.getType() == LingoLexer.PLUS_ASSIGN) {
            LingoExpressionNode append = expressions.names.plusAssignGlobal(ctx.name(), value, ctx);
            if (append == null) {
                append = expressions.names.plusAssignLocal(ctx.name(), value, ctx);
            }
            if (append != null) {
                return append;
            }
        }
        if (ctx.op.getType() != LingoLexer.ASSIGN) {
            LingoExpressionNode current = expressions.names.read(ctx.name());
            value = switch (ctx.op.getType()) {
                case LingoLexer.PLUS_ASSIGN -> AddNodeGen.create(current, value);
                case LingoLexer.MINUS_ASSIGN -> ArithmeticNodesFactory.SubNodeGen.create(current, value);
                case LingoLexer.STAR_ASSIGN -> ArithmeticNodesFactory.MulNodeGen.create(current, value);
                case LingoLexer.SLASH_ASSIGN -> ArithmeticNodesFactory.DivNodeGen.create(current, value);
                default -> ArithmeticNodesFactory.ModNodeGen.create(current, value);
            };
            state.at(value, ctx);
        }
        return expressions.names.write(ctx.name(), value, ctx);
    }


    @Override
    public LingoExpressionNode visitExpressionStatement(LingoParser.ExpressionStatementContext ctx) {
        return expressions.build(ctx.expr());
    }
}
