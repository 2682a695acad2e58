package dev.lingo.language.parser;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.literal.InterpolationNode;
import dev.lingo.language.nodes.literal.LiteralNodes.StringLiteral;
import dev.lingo.language.runtime.NumberText;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/** Number and string literals, and the error for reserved opcode keywords. */
final class Literals {

    private Literals() {
    }

    static long parseInt(String text, ParserRuleContext ctx, BuildState state) {
        try {
            return NumberText.intValue(text);
        } catch (NumberFormatException e) {
            throw state.error(ctx, "The number " + text + " does not fit in an Int (64-bit)",
                            "Ints range from -9223372036854775808 to 9223372036854775807; write a Float (e.g. 1.0e20) for larger values");
        }
    }

    static double parseFloat(String text) {
        return NumberText.floatValue(text);
    }

    /** A string literal: a constant, or an interpolation of text and expressions. */
    static LingoExpressionNode string(LingoParser.StringLiteralContext ctx, ExpressionBuilder builder) {
        if (ctx.getChildCount() == 1) {
            return builder.state.at(new StringLiteral(raw(((TerminalNode) ctx.getChild(0)).getSymbol())), ctx);
        }
        boolean triple = ctx.TSTRING_OPEN() != null;
        List<Object> parts = new ArrayList<>();
        for (int i = 1; i < ctx.getChildCount() - 1; i++) {
            ParseTree part = ctx.getChild(i);
            if (part.getChildCount() == 1 && part.getChild(0) instanceof TerminalNode terminal) {
                Token t = terminal.getSymbol();
                switch (t.getType()) {
                    case LingoLexer.STR_ESCAPE, LingoLexer.TSTR_ESCAPE -> parts.add(new Escaped(decode(t, builder.state)));
                    default -> parts.add(triple ? normalizeLineEnds(t.getText()) : t.getText());
                }
            } else {
                parts.add(new Interpolated((LingoParser.ExprContext) part.getChild(1),
                                part.getChild(2) instanceof LingoParser.FormatSpecContext spec ? spec : null));
            }
        }
        if (triple) {
            dedent(parts);
        }
        List<LingoExpressionNode> nodes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String s) {
                text.append(s);
            } else if (part instanceof Escaped e) {
                text.append(e.text);
            } else {
                if (!text.isEmpty()) {
                    nodes.add(new StringLiteral(text.toString()));
                    text.setLength(0);
                }
                Interpolated interpolated = (Interpolated) part;
                LingoExpressionNode value = builder.build(interpolated.expr());
                nodes.add(interpolated.spec() == null ? value : FormatSpecs.node(value, interpolated.spec(), builder.state));
            }
        }
        if (nodes.isEmpty()) {
            return builder.state.at(new StringLiteral(text.toString()), ctx);
        }
        if (!text.isEmpty()) {
            nodes.add(new StringLiteral(text.toString()));
        }
        return builder.state.at(new InterpolationNode(nodes.toArray(new LingoExpressionNode[0])), ctx);
    }

    /** The text of a raw string token: between the quotes, as written; a triple-quoted one dedented like any other. */
    static String raw(Token t) {
        String text = t.getText();
        if (t.getType() == LingoLexer.RAW_STRING) {
            return text.substring(2, text.length() - 1);
        }
        List<Object> parts = new ArrayList<>(List.of(normalizeLineEnds(text.substring(4, text.length() - 3))));
        dedent(parts);
        return (String) parts.get(0);
    }

    /** A CRLF (or old Mac CR) source gives the same string as an LF one. */
    private static String normalizeLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private record Escaped(String text) {
    }

    private record Interpolated(LingoParser.ExprContext expr, LingoParser.FormatSpecContext spec) {
    }

    private static String decode(Token t, BuildState state) {
        try {
            return StringLiterals.unescape(t.getText());
        } catch (IllegalArgumentException e) {
            throw state.error(t, "`" + t.getText() + "` is not a Unicode code point", "code points go up to \\u{10FFFF}");
        }
    }

    /** Drops the newline after the opening quotes and the closing line's indentation from every line. */
    private static void dedent(List<Object> parts) {
        if (!parts.isEmpty() && parts.get(0) instanceof String first) {
            parts.set(0, first.startsWith("\n") ? first.substring(1) : first);
        }
        if (parts.isEmpty() || !(parts.get(parts.size() - 1) instanceof String last)) {
            return;
        }
        String indent = StringLiterals.closingIndent(last);
        int nl = last.lastIndexOf('\n');
        if (nl >= 0 && last.substring(nl + 1).isBlank()) {
            // The closing line's indentation goes; its newline stays part of the string.
            parts.set(parts.size() - 1, last.substring(0, nl + 1));
        }
        if (indent.isEmpty()) {
            return;
        }
        boolean lineStart = true;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof String s) {
                StringBuilder out = new StringBuilder();
                int pos = 0;
                while (pos <= s.length()) {
                    int next = s.indexOf('\n', pos);
                    String line = next < 0 ? s.substring(pos) : s.substring(pos, next);
                    if (lineStart && line.startsWith(indent)) {
                        line = line.substring(indent.length());
                    } else if (lineStart && line.isBlank()) {
                        line = "";
                    }
                    out.append(line);
                    if (next < 0) {
                        lineStart = false;
                        break;
                    }
                    out.append('\n');
                    lineStart = true;
                    pos = next + 1;
                }
                if (s.endsWith("\n")) {
                    lineStart = true;
                }
                parts.set(i, out.toString());
            } else {
                lineStart = false;
            }
        }
    }
}
