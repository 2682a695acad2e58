package dev.lingo.language.parser;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The only door to the parser: turns a source into a {@link ModuleUnit} or one readable
 * {@link LingoParseError}. Parses with fast SLL prediction first and falls back to full LL
 * (with error reporting) only when that fails. Both take time in proportion to the input:
 * {@link DepthLimitedParser} bounds the nesting and the lookahead.
 */
public final class LingoParserFront {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private LingoParserFront() {
    }

    /**
     * @param moduleKey the module the code belongs to ({@code "main"} for scripts and the REPL)
     * @param replaceable whether names may be declared again (the REPL and {@code eval})
     */
    public static ModuleUnit parse(TruffleLanguage<?> language, Source source, String moduleKey, ModuleLoader loader,
                    boolean replaceable) {
        return check(source).build(language, moduleKey, loader, replaceable);
    }

    /** A source whose syntax is checked, not yet built into nodes (that needs the names it can see). */
    public record Checked(Source code, LingoParser.ModuleContext tree) {

        public ModuleUnit build(TruffleLanguage<?> language, String moduleKey, ModuleLoader loader, boolean replaceable) {
            // a file module is named by its file, not the absolute path that keys it
            String rootName = moduleKey.equals("main") ? "<main>"
                            : "<module " + (moduleKey.startsWith("std:") || moduleKey.equals("prelude") ? moduleKey : code.getName()) + ">";
            return new ModuleBuilder(language, code, moduleKey, loader, replaceable).build(tree.statements(), rootName);
        }

        /** Whether the code has an opcode (a model call) anywhere. */
        public boolean asksModels() {
            Deque<ParseTree> todo = new ArrayDeque<>();
            todo.push(tree);
            while (!todo.isEmpty()) {
                ParseTree t = todo.pop();
                if (t instanceof TerminalNode leaf) {
                    if (OPCODE_KEYWORDS.contains(leaf.getSymbol().getType())) {
                        return true;
                    }
                } else {
                    for (int i = 0; i < t.getChildCount(); i++) {
                        todo.push(t.getChild(i));
                    }
                }
            }
            return false;
        }
    }

    private static final Set<Integer> OPCODE_KEYWORDS = Set.of(LingoLexer.GEN, LingoLexer.EXTRACT, LingoLexer.CLASSIFY, LingoLexer.CHECK);

    /** The syntax check of {@code source}: throws its first syntax error, if any. */
    public static Checked check(Source source) {
        Source code = withoutByteOrderMark(source);
        return new Checked(code, syntax(code));
    }

    /**
     * A byte-order mark (Truffle keeps it when it reads a file) is not part of the program, so lines
     * and columns are counted after it.
     */
    private static Source withoutByteOrderMark(Source source) {
        CharSequence text = source.getCharacters();
        if (text.length() == 0 || text.charAt(0) != BYTE_ORDER_MARK) {
            return source;
        }
        return Source.newBuilder(source).content(text.subSequence(1, text.length())).build();
    }

    /** Only the syntax check: throws the first syntax error, if any. */
    public static LingoParser.ModuleContext syntax(Source source) {
        String text = source.getCharacters().toString();
        BuildState.Positions positions = new BuildState.Positions(text);
        // A byte-order mark is read as a space, so every position stays that of the source given.
        String code = text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : " " + text.substring(1);
        ModeSafeLexer lexer = new ModeSafeLexer(CharStreams.fromString(code, source.getName()));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        DepthLimitedParser parser = new DepthLimitedParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            LingoParser.ModuleContext tree;
            try {
                tree = parser.module();
            } catch (ParseCancellationException | NestingLimit.TooDeep e) {
                tree = parseReportingErrors(source, tokens, positions, parser);
            }
            NestingLimit.check(tree);
            return tree;
        } catch (NestingLimit.TooDeep e) {
            throw tooDeep(source, positions, e.token());
        }
    }

    /** Full LL with error recovery, stopping at the first error: only that one is reported. */
    private static LingoParser.ModuleContext parseReportingErrors(Source source, CommonTokenStream tokens,
                    BuildState.Positions positions, DepthLimitedParser parser) {
        tokens.seek(0);
        parser.reset();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new DefaultErrorStrategy());
        SyntaxErrors errors = new SyntaxErrors(source, tokens.getTokens(), positions);
        parser.addErrorListener(errors);
        LingoParser.ModuleContext tree = null;
        try {
            tree = parser.module();
        } catch (ParseCancellationException stop) {
            // SyntaxErrors recorded the first error and stopped the parse
        }
        if (errors.first() != null) {
            throw errors.first();
        }
        return tree;
    }

    private static LingoParseError tooDeep(Source source, BuildState.Positions positions, Token token) {
        int start = positions.charIndex(token.getStartIndex());
        int length = Math.max(1, positions.charIndex(token.getStopIndex() + 1) - start);
        return LingoParseError.at(source, start, length,
                        "The program is nested more than " + NestingLimit.MAX_DEPTH + " levels deep here",
                        "split it up by naming inner parts with `let`; a chain of hundreds of operators nests too "
                                        + "(add up a list in a loop instead)",
                        false);
    }
}
