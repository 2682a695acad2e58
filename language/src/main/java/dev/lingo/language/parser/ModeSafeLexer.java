package dev.lingo.language.parser;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The generated lexer, except that a stray {@code }} at top level does not pop an empty mode
 * stack, and that a {@code :} outside brackets in an interpolation starts its format spec.
 */
final class ModeSafeLexer extends LingoLexer {

    /** Per open interpolation, innermost last: how many brackets are open inside it. */
    private final Deque<int[]> interpolations = new ArrayDeque<>();

    ModeSafeLexer(CharStream input) {
        super(input);
        removeErrorListeners();
    }

    @Override
    public int popMode() {
        return _modeStack.isEmpty() ? DEFAULT_MODE : super.popMode();
    }

    @Override
    public Token nextToken() {
        Token t = super.nextToken();
        int[] depth = interpolations.peek();
        switch (t.getType()) {
            case STR_INTERP, TSTR_INTERP -> interpolations.push(new int[1]);
            case LPAREN, LBRACK, LBRACE -> {
                if (depth != null) {
                    depth[0]++;
                }
            }
            case RPAREN, RBRACK -> {
                if (depth != null && depth[0] > 0) {
                    depth[0]--;
                }
            }
            case RBRACE -> {
                if (depth != null && depth[0] > 0) {
                    depth[0]--;
                } else if (depth != null) {
                    interpolations.pop();
                }
            }
            case COLON -> {
                if (depth != null && depth[0] == 0) {
                    mode(FORMAT);
                }
            }
            default -> {
            }
        }
        return t;
    }
}
