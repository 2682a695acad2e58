package dev.lingo.language.parser;

import com.oracle.truffle.api.source.Source;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Turns the first ANTLR syntax error into one readable {@link LingoParseError} and stops the parse. */
final class SyntaxErrors extends BaseErrorListener {

    private final Source source;
    private final List<Token> tokens;
    private final BuildState.Positions positions;
    private LingoParseError first;

    SyntaxErrors(Source source, List<Token> tokens, BuildState.Positions positions) {
        this.source = source;
        this.tokens = tokens;
        this.positions = positions;
    }

    LingoParseError first() {
        return first;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                    String msg, RecognitionException e) {
        Token token = (Token) offendingSymbol;
        IntervalSet expected = recognizer instanceof Parser p ? p.getExpectedTokens() : new IntervalSet();
        first = describe(token, expected);
        // Only the first error is reported, so the parse stops rather than recovering through the rest.
        throw new ParseCancellationException(first);
    }

    private LingoParseError describe(Token token, IntervalSet expected) {
        int start = positions.charIndex(token.getStartIndex());
        int length = Math.max(1, positions.charIndex(token.getStopIndex() + 1) - start);
        String text = token.getText();
        switch (token.getType()) {
            case Token.EOF -> {
                Token opener = unclosedOpener();
                String hint = opener == null ? "the input ends in the middle of " + expectation(expected)
                                : "the `" + opener.getText().strip() + "` at line " + opener.getLine() + ":"
                                                + (opener.getCharPositionInLine() + 1) + " is never closed";
                return LingoParseError.at(source, source.getLength(), 1, "Unexpected end of input", hint, true);
            }
            case LingoLexer.BAD_NUMBER -> {
                return LingoParseError.at(source, start, length, "Malformed number `" + abbreviate(text) + "`",
                                "numbers are written like 42, 1_000, 0xFF, 3.14 or 2.5e-3; a name cannot start with a digit", false);
            }
            case LingoLexer.UNCLOSED_COMMENT -> {
                return LingoParseError.at(source, start, 2, "The comment is never closed",
                                "end a `/*` comment with `*/`", true);
            }
            case LingoLexer.ERROR_CHAR -> {
                return LingoParseError.at(source, start, length, "Unexpected character `" + text + "`",
                                "Lingo does not use this character here", false);
            }
            case LingoLexer.STR_BAD_ESCAPE, LingoLexer.TSTR_BAD_ESCAPE -> {
                return LingoParseError.at(source, start, length, "Unknown escape `" + text.strip() + "` in a string",
                                "valid escapes are \\n \\t \\r \\0 \\\" \\\\ \\{ \\} and \\u{hex}", false);
            }
            case LingoLexer.STR_NEWLINE -> {
                return LingoParseError.at(source, start, 1, "The string is not closed before the end of the line",
                                "close it with `\"`, or use `\"\"\"` for a string over several lines", false);
            }
            case LingoLexer.UNCLOSED_RAW_STRING -> {
                return LingoParseError.at(source, start, length, "The raw string is not closed before the end of the line",
                                "close it with `\"`; a raw string cannot contain `\"`, so use r\"\"\"…\"\"\" for text with quotes or several lines",
                                false);
            }
            case LingoLexer.UNCLOSED_RAW_TSTRING -> {
                return LingoParseError.at(source, start, 4, "The raw string is never closed",
                                "close it with `\"\"\"`", true);
            }
            case LingoLexer.FORMAT_BAD -> {
                boolean lineEnd = text.equals("\n") || text.equals("\r");
                String sentence = lineEnd ? "The format spec is not closed before the end of the line"
                                : text.equals("\"") ? "The format spec is not closed before the string ends"
                                : "`" + text + "` cannot be part of a format spec";
                return LingoParseError.at(source, start, 1, sentence,
                                text.equals("{") ? "a spec is written as it is; for one computed at run time, call format(value, spec)"
                                                : "a format spec runs from the `:` to the `}` that ends the interpolation, as in \"{price:>8.2f}\"",
                                false);
            }
            case LingoLexer.ARROW -> {
                if (lambdaAfterOperator(token)) {
                    return LingoParseError.at(source, start, length, "A lambda after an operator needs parentheses",
                                    "put it in parentheses, `(x -> …)`: a lambda takes the whole rest of the expression as its body",
                                    false);
                }
                return LingoParseError.at(source, start, length, "Unexpected `->`", expectation(expected) + " was expected here",
                                false);
            }
            case LingoLexer.RBRACE, LingoLexer.RPAREN, LingoLexer.RBRACK -> {
                return LingoParseError.at(source, start, length, "Unexpected `" + text + "`",
                                "it has no matching opening bracket, or something before it is incomplete ("
                                                + expectation(expected) + " was expected)", false);
            }
            case LingoLexer.ASSIGN, LingoLexer.PLUS_ASSIGN, LingoLexer.MINUS_ASSIGN, LingoLexer.STAR_ASSIGN,
                 LingoLexer.SLASH_ASSIGN, LingoLexer.PERCENT_ASSIGN -> {
                String hint = assignmentHint(token, expected);
                return LingoParseError.at(source, start, length, "Unexpected `" + text + "`",
                                hint != null ? hint : expectation(token, expected) + " was expected here", false);
            }
            default -> {
                if (isKeyword(token) && expected.contains(LingoLexer.IDENT)) {
                    return LingoParseError.at(source, start, length, "`" + text + "` is a keyword and cannot be used as a name",
                                    "choose another name, e.g. `" + text + "_`", false);
                }
                return LingoParseError.at(source, start, length, "Unexpected `" + abbreviate(text) + "`",
                                expectation(token, expected) + " was expected here", false);
            }
        }
    }

    /** What an `=` (or `+=`, …) where none can go most likely meant; null when nothing specific fits. */
    private String assignmentHint(Token assign, IntervalSet expected) {
        int declaration = previous(assign.getTokenIndex());
        if (declaration >= 0 && (tokens.get(declaration).getType() == LingoLexer.LET || tokens.get(declaration).getType() == LingoLexer.VAR)) {
            return null;
        }
        if (assign.getType() == LingoLexer.ASSIGN && expected.contains(LingoLexer.LBRACE)) {
            return "to compare, write `==`; `=` only assigns, in a statement of its own";
        }
        int before = previous(assign.getTokenIndex());
        if (before < 0) {
            return null;
        }
        int type = tokens.get(before).getType();
        if (type == LingoLexer.RBRACK) {
            return "an element cannot be assigned: lists never change; make a new list and assign it, "
                            + "e.g. `xs = xs.take(i) + [value] + xs.drop(i + 1)`";
        }
        int dot = previous(before);
        if (dot >= 0 && (tokens.get(dot).getType() == LingoLexer.DOT || tokens.get(dot).getType() == LingoLexer.SAFEDOT)) {
            String field = tokens.get(before).getText();
            return "a field cannot be assigned: records never change; make a new record with `with` and assign it, "
                            + "e.g. `r = r with {" + field + ": value}`";
        }
        return null;
    }

    /** What was expected before {@code token}: after `let`/`var` a name (patterns are the rarer choice). */
    private String expectation(Token token, IntervalSet expected) {
        int before = previous(token.getTokenIndex());
        if (before >= 0 && (tokens.get(before).getType() == LingoLexer.LET || tokens.get(before).getType() == LingoLexer.VAR)) {
            return "a name";
        }
        return expectation(expected);
    }

    private String expectation(IntervalSet expected) {
        if (expected.size() == 2 && expected.contains(LingoLexer.COLON) && expected.contains(LingoLexer.RBRACE)) {
            // After an interpolation's expression: the `}` is what is missing, the format spec's `:` is optional.
            expected = IntervalSet.of(LingoLexer.RBRACE);
        }
        List<String> names = new ArrayList<>();
        boolean nameExpected = expected.contains(LingoLexer.IDENT);
        for (int type : expected.toList()) {
            // Contextual keywords are names too: listing them would only confuse.
            boolean contextual = type == LingoLexer.FROM || type == LingoLexer.ON || type == LingoLexer.EXTERNAL
                            || type == LingoLexer.CONTEXT || type == LingoLexer.SCHEMA;
            if (!(nameExpected && contextual)) {
                names.add(TokenNames.describe(type));
            }
        }
        names = names.stream().distinct().toList();
        if (names.isEmpty()) {
            return "more input";
        } else if (names.size() > 5 || names.contains("an expression")) {
            return names.contains("an expression") ? "an expression" : "a statement or expression";
        } else if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private Token unclosedOpener() {
        Deque<Token> open = new ArrayDeque<>();
        for (Token t : tokens) {
            switch (t.getType()) {
                case LingoLexer.LBRACE, LingoLexer.LPAREN, LingoLexer.LBRACK, LingoLexer.STR_INTERP,
                     LingoLexer.TSTR_INTERP, LingoLexer.STRING_OPEN, LingoLexer.TSTRING_OPEN -> open.push(t);
                case LingoLexer.RBRACE, LingoLexer.RPAREN, LingoLexer.RBRACK, LingoLexer.STRING_CLOSE,
                     LingoLexer.TSTRING_CLOSE -> {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                }
                default -> {
                }
            }
        }
        return open.peek();
    }

    /** {@code a ?? x -> x} or {@code a + (x, y) -> x}: lambda parameters right after an operator. */
    private boolean lambdaAfterOperator(Token arrow) {
        int i = previous(arrow.getTokenIndex());
        if (i >= 0 && tokens.get(i).getType() == LingoLexer.RPAREN) {
            while (i >= 0 && tokens.get(i).getType() != LingoLexer.LPAREN) {
                i--;
            }
        } else if (i < 0 || tokens.get(i).getType() != LingoLexer.IDENT) {
            return false;
        }
        int before = previous(i);
        return before >= 0 && switch (tokens.get(before).getType()) {
            case LingoLexer.PLUS, LingoLexer.MINUS, LingoLexer.STAR, LingoLexer.SLASH, LingoLexer.PERCENT, LingoLexer.BANG,
                 LingoLexer.EQ, LingoLexer.NE, LingoLexer.LT, LingoLexer.LE, LingoLexer.GT, LingoLexer.GE, LingoLexer.ANDAND,
                 LingoLexer.OROR, LingoLexer.COALESCE, LingoLexer.DOTDOT, LingoLexer.DOTDOTLT -> true;
            default -> false;
        };
    }

    private int previous(int index) {
        int i = index - 1;
        while (i >= 0 && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) {
            i--;
        }
        return i;
    }

    private static boolean isKeyword(Token token) {
        String text = token.getText();
        return text != null && text.matches("[a-z]+") && token.getType() != LingoLexer.IDENT;
    }

    private static String abbreviate(String text) {
        String t = text == null ? "" : text.replace("\n", "\\n");
        return t.length() > 30 ? t.substring(0, 27) + "..." : t;
    }
}
