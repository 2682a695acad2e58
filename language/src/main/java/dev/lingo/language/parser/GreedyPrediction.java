package dev.lingo.language.parser;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

import java.util.BitSet;

/**
 * ANTLR's prediction, except that the choices Lingo resolves greedily look at most
 * {@link #LOOKAHEAD} tokens ahead.
 *
 * <p>A few choices are ambiguous on purpose and go to the first alternative: a {@code (}, {@code [}
 * or {@code -} after an operand continues it (spec 1.1) rather than starting a statement,
 * {@code context} followed by an expression opens a context block, {@code using m {…}} takes the
 * record as call options, and a {@code |} after {@code is T} continues the type. ANTLR settles them
 * only where the alternatives meet again, which may be the end of a statement: a scan through
 * everything nested in it, again for each level of that nesting. After {@link #LOOKAHEAD} tokens
 * the first alternative still viable wins here, as it would have there.
 */
final class GreedyPrediction extends ParserATNSimulator {

    static final int LOOKAHEAD = 32;

    private final BitSet greedy = new BitSet();

    GreedyPrediction(Parser parser, ATN atn, DFA[] decisionToDFA, PredictionContextCache cache) {
        super(parser, atn, decisionToDFA, cache);
        for (int decision = 0; decision < atn.getNumberOfDecisions(); decision++) {
            int rule = atn.getDecisionState(decision).ruleIndex;
            if (rule == LingoParser.RULE_operand || rule == LingoParser.RULE_statement
                            || rule == LingoParser.RULE_usingClause || rule == LingoParser.RULE_patternType) {
                greedy.set(decision);
            }
        }
    }

    /** Prediction with the DFA cache: past the bound, an accept state that is not cached. */
    @Override
    protected DFAState getExistingTargetState(DFAState previousD, int t) {
        if (pastBound()) {
            DFAState first = new DFAState(previousD.configs);
            first.isAcceptState = true;
            first.prediction = previousD.configs.getAlts().nextSetBit(0);
            return first;
        }
        return super.getExistingTargetState(previousD, t);
    }

    /** Full-context prediction (never cached): past the bound, only the first alternative goes on. */
    @Override
    protected ATNConfigSet computeReachSet(ATNConfigSet closure, int t, boolean fullCtx) {
        ATNConfigSet reach = super.computeReachSet(closure, t, fullCtx);
        if (!fullCtx || reach == null || !pastBound()) {
            return reach;
        }
        int first = reach.getAlts().nextSetBit(0);
        ATNConfigSet firstOnly = new ATNConfigSet(true);
        for (ATNConfig config : reach) {
            if (config.alt == first) {
                firstOnly.add(config, mergeCache);
            }
        }
        return firstOnly;
    }

    private boolean pastBound() {
        return _dfa != null && greedy.get(_dfa.decision) && _input.index() - _startIndex >= LOOKAHEAD;
    }
}
