package dev.lingo.language;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;

import org.graalvm.options.OptionDescriptors;

import dev.lingo.language.builtins.BuiltinRootNode;
import dev.lingo.language.builtins.BuiltinSpec;
import dev.lingo.language.llm.ModelRuntime;
import dev.lingo.language.parser.LingoParserFront;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.LingoLanguageView;
import dev.lingo.language.runtime.Values;

import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import org.graalvm.polyglot.SandboxPolicy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Lingo's registration with Truffle: parsing, contexts, the global scope, language views. */
@TruffleLanguage.Registration(id = LingoLanguage.ID, name = "Lingo", version = LingoLanguage.VERSION,
                defaultMimeType = LingoLanguage.MIME_TYPE, characterMimeTypes = LingoLanguage.MIME_TYPE,
                fileTypeDetectors = LingoFileDetector.class, interactive = true, website = "https://lingo.dev",
                sandbox = SandboxPolicy.CONSTRAINED)
@ProvidedTags(StandardTags.StatementTag.class)
public final class LingoLanguage extends TruffleLanguage<LingoContext> {

    public static final String ID = "lingo";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "application/x-lingo";

    private static final LanguageReference<LingoLanguage> REFERENCE = LanguageReference.create(LingoLanguage.class);

    private final Map<String, LingoFunction> builtins = new ConcurrentHashMap<>();

    public static LingoLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected LingoContext createContext(Env env) {
        return new LingoContext(this, env);
    }

    @Override
    protected void disposeContext(LingoContext context) {
        context.models().dispose();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new LingoOptionsOptionDescriptors();
    }

    /**
     * The prelude is loaded here, at the first parse, not when the context is made: the program's
     * syntax is checked first, so a model machine it needs can be made while the prelude loads.
     */
    @Override
    protected CallTarget parse(ParsingRequest request) {
        LingoContext context = LingoContext.get(null);
        LingoParserFront.Checked checked = LingoParserFront.check(request.getSource());
        if (checked.asksModels()) {
            ModelRuntime.programHasOpcodes(); // its loops get ready to run ahead from their first iteration
            context.models().prepareAhead(); // the model machine is made while the prelude loads
        }
        context.ensurePrelude();
        return checked.build(this, LingoContext.MAIN, context.modules(), true).topLevel();
    }

    /** One function value (and call target) per builtin, shared by every module that binds it. */
    public LingoFunction builtinFunction(BuiltinSpec spec) {
        return builtins.computeIfAbsent(spec.qualifiedName(),
                        n -> new LingoFunction(spec.simpleName(), new BuiltinRootNode(this, spec).getCallTarget(), null, -1));
    }

    @Override
    protected Object getScope(LingoContext context) {
        context.ensurePrelude();
        return context.bindings();
    }

    @Override
    protected Object getLanguageView(LingoContext context, Object value) {
        return Values.isLingoValue(value) ? new LingoLanguageView(value) : null;
    }

    /** Interactive sources print their value unless it is null (declarations and statements). */
    @Override
    protected boolean isVisible(LingoContext context, Object value) {
        return value != dev.lingo.language.runtime.LingoNull.INSTANCE;
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }
}
