package dev.lingo.language.parser;

import dev.lingo.language.nodes.ForceNode;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.llm.CallOptionsNode;
import dev.lingo.language.nodes.llm.OpcodeNode;
import dev.lingo.vm.opcode.OpcodeKind;
import dev.lingo.vm.types.LingoType;

import org.antlr.v4.runtime.ParserRuleContext;

import java.util.List;

/** Builds the LLM opcodes and their {@code using} clause. */
final class OpcodeBuilder {

    private final BuildState state;
    private final ExpressionBuilder expressions;

    OpcodeBuilder(BuildState state, ExpressionBuilder expressions) {
        this.state = state;
        this.expressions = expressions;
    }

    LingoExpressionNode gen(LingoParser.GenExprContext ctx) {
        LingoType type = ctx.type() == null ? LingoType.STRING : expressions.types.visit(ctx.type());
        return opcode(OpcodeKind.GEN, type, List.of(), expressions.build(ctx.operand()), null, ctx.usingClause(), ctx);
    }

    LingoExpressionNode extract(LingoParser.ExtractExprContext ctx) {
        LingoType type = expressions.types.visit(ctx.type());
        return opcode(OpcodeKind.EXTRACT, type, List.of(), null, expressions.build(ctx.operand()), ctx.usingClause(), ctx);
    }

    LingoExpressionNode classify(LingoParser.ClassifyExprContext ctx) {
        LingoType type = expressions.types.visit(ctx.type());
        if (!(type.resolved() instanceof LingoType.LiteralUnionType labels)) {
            throw state.error(ctx.type(), "`classify` needs labels, not " + type.display(),
                            "write the labels as strings, e.g. `classify x as \"bug\" | \"billing\"`, or name a type declared that way");
        }
        return opcode(OpcodeKind.CLASSIFY, type, labels.values(), null, expressions.build(ctx.operand()), ctx.usingClause(), ctx);
    }

    LingoExpressionNode check(LingoParser.CheckExprContext ctx) {
        return opcode(OpcodeKind.CHECK, LingoType.BOOL, List.of(), expressions.build(ctx.operand(0)),
                        expressions.build(ctx.operand(1)), ctx.usingClause(), ctx);
    }

    private LingoExpressionNode opcode(OpcodeKind kind, LingoType type, List<String> labels, LingoExpressionNode instruction,
                    LingoExpressionNode input, LingoParser.UsingClauseContext using, ParserRuleContext ctx) {
        LingoExpressionNode model = null;
        CallOptionsNode options = null;
        if (using != null) {
            if (using.name() != null) {
                model = ForceNode.wrap(expressions.names.read(using.name()));
            }
            if (using.recordLiteral() != null) {
                options = new CallOptionsNode(expressions.record(using.recordLiteral()));
            }
        }
        return state.at(new OpcodeNode(kind, type, labels, instruction, input, model, options), ctx);
    }
}
