package dev.lingo.language.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * The generated parser with two bounds that keep its work in proportion to the input: it stops
 * with {@link NestingLimit.TooDeep} before recursing past {@link NestingLimit#MAX_DEPTH} levels,
 * and it predicts with {@link GreedyPrediction}.
 */
final class DepthLimitedParser extends LingoParser {

    private int depth;

    DepthLimitedParser(TokenStream input) {
        super(input);
        setInterpreter(new GreedyPrediction(this, _ATN, _decisionToDFA, _sharedContextCache));
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        super.enterRule(localctx, state, ruleIndex);
        if (NestingLimit.nests(ruleIndex)) {
            deeper();
        }
    }

    @Override
    public void enterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence) {
        super.enterRecursionRule(localctx, state, ruleIndex, precedence);
        if (NestingLimit.nests(ruleIndex)) {
            deeper();
        }
    }

    /** A lambda is known only once its alternative is chosen. */
    @Override
    public void enterOuterAlt(ParserRuleContext localctx, int altNum) {
        super.enterOuterAlt(localctx, altNum);
        if (NestingLimit.isLambda(localctx)) {
            deeper();
        }
    }

    @Override
    public void exitRule() {
        if (NestingLimit.nests(getContext())) {
            depth--;
        }
        super.exitRule();
    }

    @Override
    public void unrollRecursionContexts(ParserRuleContext parent) {
        if (NestingLimit.nests(getContext())) {
            depth--;
        }
        super.unrollRecursionContexts(parent);
    }

    @Override
    public void reset() {
        super.reset();
        depth = 0;
    }

    private void deeper() {
        if (++depth > NestingLimit.MAX_DEPTH) {
            throw new NestingLimit.TooDeep(getCurrentToken());
        }
    }
}
