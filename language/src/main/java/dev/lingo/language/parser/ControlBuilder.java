package dev.lingo.language.parser;

import dev.lingo.language.nodes.ForceNode;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.control.BlockNode;
import dev.lingo.language.nodes.control.ForNode;
import dev.lingo.language.nodes.control.IfNode;
import dev.lingo.language.nodes.control.MatchNode;
import dev.lingo.language.nodes.control.MatchPattern;
import dev.lingo.language.nodes.control.LabelNodes;
import dev.lingo.language.nodes.control.LoopSignals;
import dev.lingo.language.nodes.control.TryCatchNode;
import dev.lingo.language.nodes.control.TryFinallyNode;
import dev.lingo.language.nodes.control.WhileNode;
import dev.lingo.language.parser.LingoParser.PatternContext;
import dev.lingo.language.parser.Scopes.FunctionScope;
import dev.lingo.language.runtime.LingoNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/** Builds blocks, {@code if}, {@code match}, {@code try}, and loops. */
final class ControlBuilder {

    private final BuildState state;
    private final ExpressionBuilder expressions;
    StatementBuilder statements;

    private PatternBuilder patterns;

    ControlBuilder(BuildState state, ExpressionBuilder expressions) {
        this.state = state;
        this.expressions = expressions;
    }

    PatternBuilder patterns() {
        if (patterns == null) {
            patterns = new PatternBuilder(state, expressions.types);
        }
        return patterns;
    }

    LingoExpressionNode block(LingoParser.BlockContext ctx) {
        FunctionScope scope = state.scope;
        scope.blocks.push(new HashMap<>());
        try {
            return state.at(new BlockNode(statements.buildAll(ctx.statements()).toArray(new LingoExpressionNode[0])), ctx);
        } finally {
            scope.blocks.pop();
        }
    }

    LingoExpressionNode blockInCurrentScope(LingoParser.BlockContext ctx) {
        return block(ctx);
    }

    LingoExpressionNode ifExpr(LingoParser.IfExprContext ctx) {
        LingoExpressionNode condition = expressions.build(ctx.expr());
        LingoExpressionNode then = block(ctx.block(0));
        LingoExpressionNode otherwise = null;
        if (ctx.ifExpr() != null) {
            otherwise = ifExpr(ctx.ifExpr());
        } else if (ctx.block().size() > 1) {
            otherwise = block(ctx.block(1));
        }
        return state.at(new IfNode(condition, then, otherwise), ctx);
    }

    LingoExpressionNode match(LingoParser.MatchExprContext ctx) {
        LingoExpressionNode subject = expressions.forced(ctx.expr());
        if (ctx.matchArm().isEmpty()) {
            throw state.error(ctx, "A `match` needs at least one arm", "e.g. `match x { 1 -> \"one\", _ -> \"other\" }`");
        }
        List<MatchNode.Arm> arms = new ArrayList<>();
        for (LingoParser.MatchArmContext arm : ctx.matchArm()) {
            state.scope.blocks.push(new HashMap<>());
            try {
                List<MatchPattern> patterns = new ArrayList<>();
                for (PatternContext p : arm.pattern()) {
                    patterns.add(patterns().pattern(p, name -> state.scope.declare(name.getText(), false).slot(), new HashSet<>()));
                }
                LingoExpressionNode guard = arm.IF() == null ? null : expressions.build(arm.operand());
                LingoExpressionNode body = expressions.build(arm.expr());
                arms.add(new MatchNode.Arm(patterns.toArray(new MatchPattern[0]), guard, body));
            } finally {
                state.scope.blocks.pop();
            }
        }
        return state.at(new MatchNode(subject, arms.toArray(new MatchNode.Arm[0])), ctx);
    }

    LingoExpressionNode tryCatch(LingoParser.TryExprContext ctx) {
        if (ctx.CATCH() == null && ctx.FINALLY() == null) {
            throw state.error(ctx, "A `try` needs a `catch` or a `finally`", "e.g. `try { risky() } catch e { fallback }`");
        }
        // The body's value is waited for inside the try, so a failed model call is caught here.
        LingoExpressionNode tried = ForceNode.wrap(block(ctx.block(0)));
        if (ctx.CATCH() != null) {
            state.scope.blocks.push(new HashMap<>());
            try {
                int slot = ctx.name() == null ? -1 : state.scope.declare(ctx.name().getText(), false).slot();
                LingoExpressionNode handler = block(ctx.block(1));
                tried = state.at(new TryCatchNode(tried, handler, slot), ctx);
            } finally {
                state.scope.blocks.pop();
            }
        }
        if (ctx.FINALLY() != null) {
            LingoExpressionNode cleanup = block(ctx.block(ctx.block().size() - 1));
            tried = state.at(new TryFinallyNode(tried, cleanup), ctx);
        }
        return tried;
    }

    LingoExpressionNode whileLoop(LingoParser.WhileStatementContext ctx) {
        LingoExpressionNode condition = expressions.build(ctx.expr());
        LoopSignals.Label label = enterLabel(ctx.loopLabel());
        state.scope.loopDepth++;
        try {
            return labelled(label, state.at(new WhileNode(condition, labelled(label, block(ctx.block()), false)), ctx), true);
        } finally {
            state.scope.loopDepth--;
            exitLabel(label);
        }
    }

    /** The label of a loop being built, now visible to the jumps inside it; null when it has none. */
    private LoopSignals.Label enterLabel(LingoParser.LoopLabelContext ctx) {
        if (ctx == null) {
            return null;
        }
        String name = ctx.name().getText();
        for (LoopSignals.Label outer : state.scope.labels) {
            if (outer.toString().equals(name)) {
                throw state.error(ctx.name(), "The label `" + name + "` is already used by a loop around this one", "rename one of them");
            }
        }
        LoopSignals.Label label = new LoopSignals.Label(name);
        state.scope.labels.push(label);
        return label;
    }

    private void exitLabel(LoopSignals.Label label) {
        if (label != null) {
            state.scope.labels.pop();
        }
    }

    /** {@code node} as the landing place of {@code break label} (the loop) or {@code continue label} (its body). */
    private LingoExpressionNode labelled(LoopSignals.Label label, LingoExpressionNode node, boolean breaks) {
        return label == null ? node : new LabelNodes.Target(label, breaks, node);
    }

    /** The loop {@code name} labels, around the code being built; a syntax error when there is none. */
    LoopSignals.Label label(LingoParser.NameContext name, String jump) {
        for (LoopSignals.Label l : state.scope.labels) {
            if (l.toString().equals(name.getText())) {
                return l;
            }
        }
        throw state.error(name, "No loop around this `" + jump + "` is labelled `" + name.getText() + "`",
                        "label the loop: `" + name.getText() + ": for x in xs { … }`; a name on the line after `" + jump
                                        + "` is read as its label (put a `;` after `" + jump + "`)");
    }

    /** {@code for {name, age} in people { … }}: each element is taken apart as {@code let} would (spec 4.3). */
    private LingoExpressionNode destructuringFor(LingoParser.ForStatementContext ctx, LingoExpressionNode iterable,
                    LoopSignals.Label label) {
        FunctionScope scope = state.scope;
        int itemSlot = scope.hiddenSlot("(for item)");
        var d = ctx.destructuring();
        var pattern = patterns().destructuring(d, name -> scope.declare(name.getText(), false).slot(), new java.util.HashSet<>());
        String text = d.getStart().getInputStream().getText(
                        org.antlr.v4.runtime.misc.Interval.of(d.getStart().getStartIndex(), d.getStop().getStopIndex()));
        LingoExpressionNode takeApart = state.at(new dev.lingo.language.nodes.local.DestructureNode(
                        dev.lingo.language.nodes.local.ReadLocalNodeGen.create(itemSlot), pattern, new LingoExpressionNode[0], text), d);
        LingoExpressionNode body = state.at(new BlockNode(new LingoExpressionNode[]{takeApart, block(ctx.block())}), ctx.block());
        int counter = scope.hiddenSlot("(for counter)");
        int end = scope.hiddenSlot("(for end)");
        int source = scope.hiddenSlot("(for source)");
        int ahead = scope.hiddenSlot("(for lookahead)");
        return labelled(label, state.at(new ForNode(iterable, labelled(label, body, false), itemSlot, -1, counter, end, source, ahead), ctx), true);
    }

    LingoExpressionNode forLoop(LingoParser.ForStatementContext ctx) {
        LingoExpressionNode iterable = expressions.forced(ctx.expr());
        FunctionScope scope = state.scope;
        LoopSignals.Label label = enterLabel(ctx.loopLabel());
        scope.blocks.push(new HashMap<>());
        scope.loopDepth++;
        try {
            if (ctx.destructuring() != null) {
                return destructuringFor(ctx, iterable, label);
            }
            String first = ctx.name(0).getText();
            int firstSlot = scope.declare(first, false).slot();
            int secondSlot = -1;
            if (ctx.name().size() > 1) {
                String second = ctx.name(1).getText();
                if (second.equals(first)) {
                    throw state.error(ctx.name(1), "Both loop variables are called `" + first + "`", "rename one of them");
                }
                secondSlot = scope.declare(second, false).slot();
            }
            int counter = scope.hiddenSlot("(for counter)");
            int end = scope.hiddenSlot("(for end)");
            int source = scope.hiddenSlot("(for source)");
            int ahead = scope.hiddenSlot("(for lookahead)");
            LingoExpressionNode body = labelled(label, block(ctx.block()), false);
            return labelled(label, state.at(new ForNode(iterable, body, firstSlot, secondSlot, counter, end, source, ahead), ctx), true);
        } finally {
            scope.loopDepth--;
            scope.blocks.pop();
            exitLabel(label);
        }
    }
}
