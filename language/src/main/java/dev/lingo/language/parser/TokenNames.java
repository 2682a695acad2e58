package dev.lingo.language.parser;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/** How tokens are named in error messages. */
final class TokenNames {

    private TokenNames() {
    }

    static String describe(int type) {
        switch (type) {
            case Token.EOF:
                return "the end of the input";
            case LingoLexer.IDENT:
                return "a name";
            case LingoLexer.INT:
            case LingoLexer.FLOAT:
            case LingoLexer.STRING_OPEN:
            case LingoLexer.TSTRING_OPEN:
            case LingoLexer.RAW_STRING:
            case LingoLexer.RAW_TSTRING:
            case LingoLexer.LBRACK:
            case LingoLexer.NULL:
            case LingoLexer.TRUE:
            case LingoLexer.FALSE:
            case LingoLexer.MINUS:
            case LingoLexer.BANG:
            case LingoLexer.MATCH:
            case LingoLexer.TRY:
                return "an expression";
            case LingoLexer.STRING_CLOSE:
            case LingoLexer.TSTRING_CLOSE:
                return "the closing quote";
            case LingoLexer.LBRACE:
                return "`{`";
            case LingoLexer.RBRACE:
                return "`}`";
            default:
                Vocabulary v = LingoLexer.VOCABULARY;
                String literal = v.getLiteralName(type);
                return literal != null ? "`" + literal.substring(1, literal.length() - 1) + "`" : v.getDisplayName(type);
        }
    }
}
