package dev.lingo.language.parser;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.parser.Scopes.FunctionScope;
import dev.lingo.vm.types.LingoType;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What the node builders share while building one module: source, scopes, known names and types. */
final class BuildState {

    final TruffleLanguage<?> language;
    final Source source;
    final String moduleKey;
    final ModuleLoader loader;
    final Positions positions;
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> mutableGlobals = new LinkedHashSet<>();
    final Map<String, LingoType> types = new LinkedHashMap<>();
    /** Declared types of top-level `var`s, checked again on every assignment. */
    final Map<String, LingoType> globalTypes = new LinkedHashMap<>();
    /** Top-level names this source itself declares (as opposed to imported or earlier ones). */
    final Set<String> declared = new LinkedHashSet<>();
    FunctionScope scope;

    BuildState(TruffleLanguage<?> language, Source source, String moduleKey, ModuleLoader loader) {
        this.language = language;
        this.source = source;
        this.moduleKey = moduleKey;
        this.loader = loader;
        this.positions = new Positions(source.getCharacters().toString());
    }

    boolean declaredHere(String name) {
        return declared.contains(name);
    }

    <T extends LingoExpressionNode> T at(T node, ParserRuleContext ctx) {
        int start = positions.charIndex(ctx.getStart().getStartIndex());
        Token stop = ctx.getStop() == null ? ctx.getStart() : ctx.getStop();
        int end = positions.charIndex(Math.max(stop.getStopIndex(), ctx.getStart().getStartIndex() - 1) + 1);
        node.setSourceRange(start, Math.max(0, end - start));
        return node;
    }

    <T extends LingoExpressionNode> T at(T node, Token token) {
        int start = positions.charIndex(token.getStartIndex());
        int end = positions.charIndex(token.getStopIndex() + 1);
        node.setSourceRange(start, Math.max(0, end - start));
        return node;
    }

    SourceSection section(ParserRuleContext ctx) {
        int start = positions.charIndex(ctx.getStart().getStartIndex());
        Token stop = ctx.getStop() == null ? ctx.getStart() : ctx.getStop();
        int end = positions.charIndex(stop.getStopIndex() + 1);
        return source.createSection(start, Math.max(0, end - start));
    }

    LingoParseError error(ParserRuleContext ctx, String sentence, String hint) {
        int start = positions.charIndex(ctx.getStart().getStartIndex());
        Token stop = ctx.getStop() == null ? ctx.getStart() : ctx.getStop();
        int end = positions.charIndex(stop.getStopIndex() + 1);
        if (stop.getLine() != ctx.getStart().getLine()) {
            end = positions.charIndex(ctx.getStart().getStopIndex() + 1);
        }
        return LingoParseError.at(source, start, Math.max(1, end - start), sentence, hint, false);
    }

    LingoParseError error(Token token, String sentence, String hint) {
        int start = positions.charIndex(token.getStartIndex());
        int end = positions.charIndex(token.getStopIndex() + 1);
        return LingoParseError.at(source, start, Math.max(1, end - start), sentence, hint, false);
    }

    /** An error at one character of a token: {@code offset} counts code points from the token's start. */
    LingoParseError errorWithin(Token token, int offset, String sentence, String hint) {
        int start = positions.charIndex(token.getStartIndex() + offset);
        int end = positions.charIndex(token.getStartIndex() + offset + 1);
        return LingoParseError.at(source, start, Math.max(1, end - start), sentence, hint, false);
    }

    /** Code points (ANTLR) to UTF-16 indexes (Truffle sources), in logarithmic time. */
    static final class Positions {
        private final int length;
        private final int codePoints;
        /** The code-point indexes of the characters that take two UTF-16 units, ascending. */
        private final int[] pairs;

        Positions(String text) {
            int[] found = new int[0];
            int count = 0;
            int codePoint = 0;
            for (int i = 0; i < text.length(); codePoint++) {
                int c = text.codePointAt(i);
                if (Character.isSupplementaryCodePoint(c)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, Math.max(8, 2 * count));
                    }
                    found[count++] = codePoint;
                }
                i += Character.charCount(c);
            }
            this.length = text.length();
            this.codePoints = codePoint;
            this.pairs = Arrays.copyOf(found, count);
        }

        int charIndex(int codePointIndex) {
            if (codePointIndex <= 0) {
                return Math.min(codePointIndex, length);
            } else if (codePointIndex >= codePoints) {
                return length;
            }
            int found = Arrays.binarySearch(pairs, codePointIndex);
            return codePointIndex + (found >= 0 ? found : -found - 1);
        }
    }
}
