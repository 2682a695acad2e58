package dev.lingo.language.parser;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The only door to the parser: turns a source into a {@link ModuleUnit} or one readable
 * {@link LingoParseError}. Parses with fast SLL prediction first and falls back to full LL
 * (with error reporting) only when that fails.
 */
public final class LingoParserFront {

    private LingoParserFront() {
    }

    /**
     * @param moduleKey the module the code belongs to ({@code "main"} for scripts and the REPL)
     * @param replaceable whether names may be declared again (the REPL and {@code eval})
     */
    public static ModuleUnit parse(TruffleLanguage<?> language, Source source, String moduleKey, ModuleLoader loader,
                    boolean replaceable) {
        LingoParser.ModuleContext tree = syntax(source);
        String rootName = moduleKey.equals("main") ? "<main>" : "<module " + moduleKey + ">";
        return new ModuleBuilder(language, source, moduleKey, loader, replaceable).build(tree.statements(), rootName);
    }

    /** Only the syntax check: throws the first syntax error, if any. */
    public static LingoParser.ModuleContext syntax(Source source) {
        String text = source.getCharacters().toString();
        ModeSafeLexer lexer = new ModeSafeLexer(CharStreams.fromString(text, source.getName()));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        LingoParser parser = new LingoParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return parser.module();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            SyntaxErrors errors = new SyntaxErrors(source, tokens.getTokens(), new BuildState.Positions(text));
            parser.addErrorListener(errors);
            LingoParser.ModuleContext tree = parser.module();
            if (errors.first() != null) {
                throw errors.first();
            }
            return tree;
        }
    }
}
