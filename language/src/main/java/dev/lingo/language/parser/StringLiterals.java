package dev.lingo.language.parser;

import dev.lingo.language.parser.LingoParser.PlainStringContext;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Decodes escapes and strips the indentation of triple-quoted strings. */
final class StringLiterals {

    private StringLiterals() {
    }

    /** A string without interpolation (import paths, field descriptions, patterns). */
    static String plain(PlainStringContext ctx, BuildState state) {
        if (ctx.getChildCount() == 1) {
            return Literals.raw(((TerminalNode) ctx.getChild(0)).getSymbol());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < ctx.getChildCount() - 1; i++) {
            Token t = ((TerminalNode) ctx.getChild(i)).getSymbol();
            sb.append(t.getType() == LingoLexer.STR_ESCAPE ? unescape(t.getText()) : t.getText());
        }
        return sb.toString();
    }

    static String unescape(String escape) {
        char c = escape.charAt(1);
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case '0' -> "\0";
            case 'u' -> new String(Character.toChars(Integer.parseInt(escape.substring(3, escape.length() - 1), 16)));
            default -> String.valueOf(c);
        };
    }

    /**
     * The indentation removed from every line of a triple-quoted string: the whitespace before
     * the closing quotes when they stand on a line of their own.
     */
    static String closingIndent(String lastText) {
        int nl = lastText.lastIndexOf('\n');
        if (nl < 0) {
            return "";
        }
        String tail = lastText.substring(nl + 1);
        return tail.isBlank() ? tail : "";
    }
}
