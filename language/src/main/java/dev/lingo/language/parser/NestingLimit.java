package dev.lingo.language.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deeply a program may nest (spec chapter 1.8). The parser, the node builder and the interpreter
 * all recurse once per level, so a bound here keeps all three far from the end of a thread's stack.
 * A level is an {@code operand} (any operator, call, literal, name, bracket...), a lambda, a block,
 * an {@code if} and a type.
 */
final class NestingLimit {

    static final int MAX_DEPTH = 256;

    private NestingLimit() {
    }

    static boolean nests(int ruleIndex) {
        return ruleIndex == LingoParser.RULE_operand || ruleIndex == LingoParser.RULE_block
                        || ruleIndex == LingoParser.RULE_ifExpr || ruleIndex == LingoParser.RULE_type;
    }

    static boolean nests(ParserRuleContext ctx) {
        return nests(ctx.getRuleIndex()) || isLambda(ctx);
    }

    static boolean isLambda(ParserRuleContext ctx) {
        return ctx instanceof LingoParser.ShortLambdaContext || ctx instanceof LingoParser.ParenLambdaContext;
    }

    /**
     * Checks a whole tree. The parser already stopped at nesting it recursed into; this finds what it
     * built without recursing: a chain of operators nests to the left, {@code ((1 + 2) + 3) + 4}.
     */
    static void check(ParseTree root) {
        Deque<ParseTree> trees = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        trees.push(root);
        depths.push(0);
        while (!trees.isEmpty()) {
            ParseTree tree = trees.pop();
            int depth = depths.pop();
            if (tree instanceof ParserRuleContext ctx && nests(ctx) && ++depth > MAX_DEPTH) {
                throw new TooDeep(ctx.getStart());
            }
            for (int i = tree.getChildCount() - 1; i >= 0; i--) {
                trees.push(tree.getChild(i));
                depths.push(depth);
            }
        }
    }

    /** Nesting past {@link #MAX_DEPTH}, found at {@code token}; the parser front turns it into a syntax error. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Token token;

        TooDeep(Token token) {
            super(null, null, false, false);
            this.token = token;
        }

        Token token() {
            return token;
        }
    }
}
