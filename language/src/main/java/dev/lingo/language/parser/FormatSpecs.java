package dev.lingo.language.parser;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.literal.FormatNode;
import dev.lingo.language.runtime.FormatSpec;

import org.antlr.v4.runtime.Token;

/** The format spec of an interpolation ({@code {x:.2f}}), checked as the program is parsed. */
final class FormatSpecs {

    static final String HINT = "a format spec is [[fill]align][sign][#][0][width][,|_][.precision][type], e.g. `>8`, `08.2f`, `,`; "
                    + "types: s d f e % x X b o";

    private FormatSpecs() {
    }

    static LingoExpressionNode node(LingoExpressionNode value, LingoParser.FormatSpecContext ctx, BuildState state) {
        if (ctx.FORMAT_SPEC() == null) {
            return value; // `{x:}`: an empty spec changes nothing
        }
        Token text = ctx.FORMAT_SPEC().getSymbol();
        try {
            return state.at(new FormatNode(value, FormatSpec.parse(text.getText())), ctx.getParent());
        } catch (FormatSpec.Invalid e) {
            throw state.errorWithin(text, e.index(), "The format spec `" + text.getText() + "` is not valid: " + e.getMessage(), HINT);
        }
    }
}
