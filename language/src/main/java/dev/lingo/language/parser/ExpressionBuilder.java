package dev.lingo.language.parser;

import dev.lingo.language.nodes.ForceNode;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.access.IndexNodeGen;
import dev.lingo.language.nodes.access.InvokeMemberNode;
import dev.lingo.language.nodes.access.ReadMemberNode;
import dev.lingo.language.nodes.access.SafeChainNode;
import dev.lingo.language.nodes.access.WithNode;
import dev.lingo.language.nodes.call.CallNode;
import dev.lingo.language.nodes.call.NamedCallNode;
import dev.lingo.language.nodes.literal.CollectionLiteralNodes.ListLiteral;
import dev.lingo.language.nodes.literal.CollectionLiteralNodes.MapLiteral;
import dev.lingo.language.nodes.literal.CollectionLiteralNodes.RecordLiteral;
import dev.lingo.language.nodes.literal.LiteralNodes.BoolLiteral;
import dev.lingo.language.nodes.literal.LiteralNodes.FloatLiteral;
import dev.lingo.language.nodes.literal.LiteralNodes.IntLiteral;
import dev.lingo.language.nodes.literal.LiteralNodes.NullLiteral;
import dev.lingo.language.nodes.ops.AddNodeGen;
import dev.lingo.language.nodes.ops.ArithmeticNodesFactory;
import dev.lingo.language.nodes.ops.CompareNodesFactory;
import dev.lingo.language.nodes.ops.CompareNodes.Order;
import dev.lingo.language.nodes.ops.IsTypeNode;
import dev.lingo.language.nodes.ops.LogicalNodes;
import dev.lingo.language.nodes.ops.RangeNodeGen;
import dev.lingo.language.nodes.ops.UnaryNodesFactory;
import dev.lingo.language.parser.LingoParser.ExprContext;
import dev.lingo.language.parser.LingoParser.OperandContext;
import dev.lingo.language.parser.LingoParser.RecordEntryContext;
import dev.lingo.language.runtime.RecordShape;

import org.antlr.v4.runtime.ParserRuleContext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds nodes for operators, literals, names, member access and calls. */
final class ExpressionBuilder extends LingoParserBaseVisitor<LingoExpressionNode> {

    final BuildState state;
    final TypeBuilder types;
    ControlBuilder control;
    FunctionBuilder functions;
    NameResolver names;
    OpcodeBuilder opcodes;

    ExpressionBuilder(BuildState state, TypeBuilder types) {
        this.state = state;
        this.types = types;
    }

    /** Builds an {@code expr} or an {@code operand}. */
    LingoExpressionNode build(ParserRuleContext ctx) {
        return visit(ctx);
    }

    /** The expression, waiting for a pending opcode answer: for operands, receivers and conditions. */
    LingoExpressionNode forced(ParserRuleContext ctx) {
        return ForceNode.wrap(visit(ctx));
    }

    LingoExpressionNode[] buildAll(LingoParser.ArgsContext args) {
        if (args == null) {
            return new LingoExpressionNode[0];
        }
        List<LingoExpressionNode> out = new ArrayList<>();
        for (LingoParser.ArgContext a : args.arg()) {
            if (a.expr() != null) {
                out.add(visit(a.expr()));
            }
        }
        return out.toArray(new LingoExpressionNode[0]);
    }

    @Override
    public LingoExpressionNode visitOperandExpr(LingoParser.OperandExprContext ctx) {
        return visit(ctx.operand());
    }

    @Override
    public LingoExpressionNode visitPrimaryExpr(LingoParser.PrimaryExprContext ctx) {
        return visit(ctx.primary());
    }

    @Override
    public LingoExpressionNode visitMemberExpr(LingoParser.MemberExprContext ctx) {
        return chain(state.at(new ReadMemberNode(visit(ctx.operand()), ctx.fieldName().getText(), false), ctx), ctx);
    }

    @Override
    public LingoExpressionNode visitSafeMemberExpr(LingoParser.SafeMemberExprContext ctx) {
        return chain(state.at(new ReadMemberNode(forced(ctx.operand()), ctx.fieldName().getText(), true), ctx), ctx);
    }

    @Override
    public LingoExpressionNode visitCallExpr(LingoParser.CallExprContext ctx) {
        OperandContext callee = ctx.operand();
        if (ctx.args() != null && ctx.args().arg().stream().anyMatch(a -> a.namedArg() != null)) {
            return chain(state.at(namedCall(callee, ctx.args()), ctx), ctx);
        }
        if (callee instanceof LingoParser.MemberExprContext member) {
            return chain(state.at(new InvokeMemberNode(forced(member.operand()), member.fieldName().getText(), buildAll(ctx.args()), false), ctx), ctx);
        } else if (callee instanceof LingoParser.SafeMemberExprContext member) {
            return chain(state.at(new InvokeMemberNode(forced(member.operand()), member.fieldName().getText(), buildAll(ctx.args()), true), ctx), ctx);
        }
        return chain(state.at(new CallNode(forced(callee), buildAll(ctx.args()), calleeText(callee)), ctx), ctx);
    }

    /** {@code f(x, sep: ", ")}; a name given twice is a syntax error. */
    private LingoExpressionNode namedCall(OperandContext callee, LingoParser.ArgsContext args) {
        List<String> names = new ArrayList<>();
        List<LingoExpressionNode> values = new ArrayList<>();
        for (LingoParser.ArgContext a : args.arg()) {
            LingoParser.NamedArgContext arg = a.namedArg();
            if (arg == null) {
                if (!names.isEmpty()) {
                    throw state.error(a, "A positional argument cannot follow a named one",
                                    "put the positional arguments first, e.g. `f(xs, sep: \", \")`");
                }
                continue;
            }
            String name = arg.name().getText();
            if (names.contains(name)) {
                throw state.error(arg.name(), "The argument `" + name + "` is given twice", "give each named argument once");
            }
            names.add(name);
            values.add(visit(arg.expr()));
        }
        LingoExpressionNode[] positional = buildAll(args);
        String[] nameArray = names.toArray(new String[0]);
        LingoExpressionNode[] named = values.toArray(new LingoExpressionNode[0]);
        if (callee instanceof LingoParser.MemberExprContext member) {
            return new NamedCallNode(forced(member.operand()), member.fieldName().getText(), false, positional, nameArray, named,
                            calleeText(callee));
        } else if (callee instanceof LingoParser.SafeMemberExprContext member) {
            return new NamedCallNode(forced(member.operand()), member.fieldName().getText(), true, positional, nameArray, named,
                            calleeText(callee));
        }
        return new NamedCallNode(forced(callee), null, false, positional, nameArray, named, calleeText(callee));
    }

    /** The callee as written (spaces kept, one line, shortened), to name it in "is not a function". */
    private String calleeText(OperandContext callee) {
        String text = state.section(callee).getCharacters().toString().replaceAll("\\s+", " ");
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    @Override
    public LingoExpressionNode visitIndexExpr(LingoParser.IndexExprContext ctx) {
        return chain(state.at(IndexNodeGen.create(visit(ctx.operand()), visit(ctx.expr())), ctx), ctx);
    }

    /** Wraps the outermost link of a member chain that contains {@code ?.}, so the whole chain short-circuits. */
    private LingoExpressionNode chain(LingoExpressionNode node, OperandContext ctx) {
        if (!hasSafeLink(ctx) || !isChainTop(ctx)) {
            return node;
        }
        return state.at(new SafeChainNode(node), ctx);
    }

    private static OperandContext receiver(OperandContext ctx) {
        if (ctx instanceof LingoParser.MemberExprContext m) {
            return m.operand();
        } else if (ctx instanceof LingoParser.SafeMemberExprContext m) {
            return m.operand();
        } else if (ctx instanceof LingoParser.CallExprContext c) {
            return c.operand();
        } else if (ctx instanceof LingoParser.IndexExprContext i) {
            return i.operand();
        }
        return null;
    }

    private static boolean hasSafeLink(OperandContext ctx) {
        for (OperandContext c = ctx; c != null; c = receiver(c)) {
            if (c instanceof LingoParser.SafeMemberExprContext) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChainTop(OperandContext ctx) {
        return !(ctx.getParent() instanceof OperandContext parent) || receiver(parent) != ctx;
    }

    @Override
    public LingoExpressionNode visitWithExpr(LingoParser.WithExprContext ctx) {
        LingoExpressionNode base = forced(ctx.operand());
        List<String> fieldNames = new ArrayList<>();
        List<LingoExpressionNode> values = new ArrayList<>();
        recordEntries(ctx.recordLiteral(), fieldNames, values);
        return state.at(new WithNode(base, fieldNames.toArray(new String[0]), values.toArray(new LingoExpressionNode[0])), ctx);
    }

    @Override
    public LingoExpressionNode visitUnaryExpr(LingoParser.UnaryExprContext ctx) {
        if (ctx.op.getType() == LingoLexer.MINUS && ctx.operand() instanceof LingoParser.PrimaryExprContext p) {
            if (p.primary() instanceof LingoParser.IntLiteralContext i) {
                return state.at(new IntLiteral(Literals.parseInt("-" + i.getText(), i, state)), ctx);
            } else if (p.primary() instanceof LingoParser.FloatLiteralContext f) {
                return state.at(new FloatLiteral(-Literals.parseFloat(f.getText())), ctx);
            }
        }
        LingoExpressionNode operand = visit(ctx.operand()); // an answer on its way gives a pending result
        return state.at(ctx.op.getType() == LingoLexer.MINUS ? UnaryNodesFactory.NegateNodeGen.create(operand)
                        : UnaryNodesFactory.NotNodeGen.create(operand), ctx);
    }

    @Override
    public LingoExpressionNode visitBinaryExpr(LingoParser.BinaryExprContext ctx) {
        LingoExpressionNode l = visit(ctx.operand(0)); // an answer on its way gives a pending result
        LingoExpressionNode r = visit(ctx.operand(1));
        LingoExpressionNode node = switch (ctx.op.getType()) {
            case LingoLexer.PLUS -> AddNodeGen.create(l, r);
            case LingoLexer.MINUS -> ArithmeticNodesFactory.SubNodeGen.create(l, r);
            case LingoLexer.STAR -> ArithmeticNodesFactory.MulNodeGen.create(l, r);
            case LingoLexer.SLASH -> ArithmeticNodesFactory.DivNodeGen.create(l, r);
            case LingoLexer.PERCENT -> ArithmeticNodesFactory.ModNodeGen.create(l, r);
            case LingoLexer.EQ -> CompareNodesFactory.EqualNodeGen.create(l, r);
            case LingoLexer.NE -> CompareNodesFactory.NotEqualNodeGen.create(l, r);
            case LingoLexer.LT -> CompareNodesFactory.OrderNodeGen.create(Order.LT, l, r);
            case LingoLexer.LE -> CompareNodesFactory.OrderNodeGen.create(Order.LE, l, r);
            case LingoLexer.GT -> CompareNodesFactory.OrderNodeGen.create(Order.GT, l, r);
            default -> CompareNodesFactory.OrderNodeGen.create(Order.GE, l, r);
        };
        return state.at(node, ctx);
    }

    @Override
    public LingoExpressionNode visitRangeExpr(LingoParser.RangeExprContext ctx) {
        return state.at(RangeNodeGen.create(ctx.op.getType() == LingoLexer.DOTDOT, forced(ctx.operand(0)), forced(ctx.operand(1))), ctx);
    }

    @Override
    public LingoExpressionNode visitIsExpr(LingoParser.IsExprContext ctx) {
        return state.at(new IsTypeNode(forced(ctx.operand()), types.visit(ctx.type())), ctx);
    }

    @Override
    public LingoExpressionNode visitLogicalExpr(LingoParser.LogicalExprContext ctx) {
        LingoExpressionNode l = visit(ctx.operand(0));
        LingoExpressionNode r = visit(ctx.operand(1));
        return state.at(ctx.op.getType() == LingoLexer.ANDAND ? new LogicalNodes.And(l, r) : new LogicalNodes.Or(l, r), ctx);
    }

    @Override
    public LingoExpressionNode visitCoalesceExpr(LingoParser.CoalesceExprContext ctx) {
        return state.at(new LogicalNodes.Coalesce(forced(ctx.operand(0)), visit(ctx.operand(1))), ctx);
    }

    @Override
    public LingoExpressionNode visitIntLiteral(LingoParser.IntLiteralContext ctx) {
        return state.at(new IntLiteral(Literals.parseInt(ctx.getText(), ctx, state)), ctx);
    }

    @Override
    public LingoExpressionNode visitFloatLiteral(LingoParser.FloatLiteralContext ctx) {
        return state.at(new FloatLiteral(Literals.parseFloat(ctx.getText())), ctx);
    }

    @Override
    public LingoExpressionNode visitBoolLiteral(LingoParser.BoolLiteralContext ctx) {
        return state.at(new BoolLiteral(ctx.TRUE() != null), ctx);
    }

    @Override
    public LingoExpressionNode visitNullLiteral(LingoParser.NullLiteralContext ctx) {
        return state.at(new NullLiteral(), ctx);
    }

    @Override
    public LingoExpressionNode visitStringExpr(LingoParser.StringExprContext ctx) {
        return Literals.string(ctx.stringLiteral(), this);
    }

    @Override
    public LingoExpressionNode visitListLiteral(LingoParser.ListLiteralContext ctx) {
        List<LingoParser.ListEntryContext> entries = ctx.listEntry();
        boolean map = ctx.COLON() != null || !entries.isEmpty() && entries.getFirst().COLON() != null;
        LingoExpressionNode[] keys = new LingoExpressionNode[entries.size()];
        LingoExpressionNode[] values = new LingoExpressionNode[entries.size()];
        for (int i = 0; i < keys.length; i++) {
            LingoParser.ListEntryContext e = entries.get(i);
            if ((e.COLON() != null) != map) {
                throw state.error(e, map ? "This entry of a Map has no key" : "A List's element cannot have a key",
                                map ? "write `key: value`, as the first entry does" : "write `[k: v, …]` for a Map, with a key in every entry");
            }
            keys[i] = map ? forced(e.expr(0)) : visit(e.expr(0));
            values[i] = map ? visit(e.expr(1)) : null;
        }
        return state.at(map ? new MapLiteral(keys, values) : new ListLiteral(keys), ctx);
    }

    @Override
    public LingoExpressionNode visitRecordExpr(LingoParser.RecordExprContext ctx) {
        return record(ctx.recordLiteral());
    }

    LingoExpressionNode record(LingoParser.RecordLiteralContext ctx) {
        List<String> fieldNames = new ArrayList<>();
        List<LingoExpressionNode> values = new ArrayList<>();
        recordEntries(ctx, fieldNames, values);
        return state.at(new RecordLiteral(RecordShape.of(fieldNames.toArray(new String[0])),
                        values.toArray(new LingoExpressionNode[0])), ctx);
    }

    private void recordEntries(LingoParser.RecordLiteralContext ctx, List<String> fieldNames, List<LingoExpressionNode> values) {
        Set<String> seen = new LinkedHashSet<>();
        for (RecordEntryContext entry : ctx.recordEntry()) {
            String key = entry.fieldName() != null ? entry.fieldName().getText() : StringLiterals.plain(entry.plainString(), state);
            if (!seen.add(key)) {
                throw state.error(entry, "Field `" + key + "` appears twice in this record", "remove one of them");
            }
            fieldNames.add(key);
            values.add(visit(entry.expr()));
        }
    }

    @Override
    public LingoExpressionNode visitNameExpr(LingoParser.NameExprContext ctx) {
        return names.read(ctx.name());
    }

    @Override
    public LingoExpressionNode visitParenExpr(LingoParser.ParenExprContext ctx) {
        return visit(ctx.expr());
    }

    @Override
    public LingoExpressionNode visitShortLambda(LingoParser.ShortLambdaContext ctx) {
        return functions.shortLambda(ctx);
    }

    @Override
    public LingoExpressionNode visitParenLambda(LingoParser.ParenLambdaContext ctx) {
        return functions.parenLambda(ctx);
    }

    @Override
    public LingoExpressionNode visitFnLambda(LingoParser.FnLambdaContext ctx) {
        return functions.fnLambda(ctx);
    }

    @Override
    public LingoExpressionNode visitIfExpression(LingoParser.IfExpressionContext ctx) {
        return control.ifExpr(ctx.ifExpr());
    }

    @Override
    public LingoExpressionNode visitMatchExpr(LingoParser.MatchExprContext ctx) {
        return control.match(ctx);
    }

    @Override
    public LingoExpressionNode visitTryExpr(LingoParser.TryExprContext ctx) {
        return control.tryCatch(ctx);
    }

    @Override
    public LingoExpressionNode visitGenExpr(LingoParser.GenExprContext ctx) {
        return opcodes.gen(ctx);
    }

    @Override
    public LingoExpressionNode visitExtractExpr(LingoParser.ExtractExprContext ctx) {
        return opcodes.extract(ctx);
    }

    @Override
    public LingoExpressionNode visitClassifyExpr(LingoParser.ClassifyExprContext ctx) {
        return opcodes.classify(ctx);
    }

    @Override
    public LingoExpressionNode visitCheckExpr(LingoParser.CheckExprContext ctx) {
        return opcodes.check(ctx);
    }

    @Override
    public LingoExpressionNode visitBlockExpr(LingoParser.BlockExprContext ctx) {
        return control.block(ctx.block());
    }

}
