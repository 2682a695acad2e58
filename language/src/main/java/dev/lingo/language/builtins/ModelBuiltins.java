package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.LingoContext;
import dev.lingo.language.parser.Suggestions;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoModel;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.provider.ApiKey;
import dev.lingo.vm.types.LingoType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model constructors of {@code model name = …}: openai, anthropic, ollama, gguf, offline. */
final class ModelBuiltins {

    private static final List<String> SETTINGS = List.of("baseUrl", "apiKeyEnv", "timeoutSeconds", "schemaInPrompt");

    private ModelBuiltins() {
    }

    static void register() {
        add("prelude.openai", 1, 2, (a, n) -> model("openai", a, n));
        add("prelude.anthropic", 1, 2, (a, n) -> model("anthropic", a, n));
        add("prelude.ollama", 1, 2, (a, n) -> model("ollama", a, n));
        add("prelude.gguf", 1, 1, (a, n) -> {
            String path = Args.string(a[0], "gguf's path", n);
            return new LingoModel(null, new ModelSpec("local", path, Map.of("path", path)), List.of());
        });
        add("prelude.offline", 0, 0, (a, n) -> new LingoModel(null, ModelSpec.OFFLINE, List.of()));
        add("prelude.cascade", 2, 3, ModelBuiltins::cascade);
        add("prelude.modelUsage", 0, 0, (a, n) -> LingoContext.get(n).models().usage());
    }

    /** {@code cascade(cheap, better, {threshold: 0.9})}: models or "provider:model" strings; the threshold defaults to 0.9. */
    private static LingoModel cascade(Object[] a, Node n) {
        LingoModel first = cascaded(a[0], "first", n);
        LingoModel second = cascaded(a[1], "second", n);
        double threshold = 0.9;
        if (a.length > 2) {
            LingoRecord r = Args.record(a[2], "cascade's settings", n);
            for (String key : r.shape().names()) {
                if (!key.equals("threshold")) {
                    String hint = Suggestions.closest(key, List.of("threshold"));
                    throw LingoError.typeError("Unknown cascade setting `" + key + "`" + (hint == null ? "" : "; did you mean `" + hint + "`?")
                                    + " (the one setting is threshold)", n);
                }
            }
            Object t = r.get("threshold");
            if (!(t instanceof Double || t instanceof Long) || Args.number(t, "threshold", n) < 0 || Args.number(t, "threshold", n) > 1) {
                throw LingoError.typeError("A cascade's threshold is a number from 0 to 1 (the least confidence at which the first"
                                + " model's answer is kept), not " + (t instanceof String text ? LingoType.quote(text) : Display.show(t)), n);
            }
            threshold = Args.number(t, "threshold", n);
        }
        return LingoModel.cascade(first, second, threshold);
    }

    private static LingoModel cascaded(Object value, String which, Node n) {
        if (value instanceof LingoModel m && m.cascade() == null) {
            return m;
        }
        if (value instanceof String s) {
            try {
                return new LingoModel(null, ModelSpec.parse(s), List.of());
            } catch (IllegalArgumentException e) {
                throw LingoError.of("ModelConfigError", e.getMessage(), n);
            }
        }
        throw LingoError.typeError("A cascade's " + which + " model is a model (openai(…), a declared model, \"provider:model\"), not "
                        + (value instanceof LingoModel ? "another cascade" : "a " + dev.lingo.language.runtime.Values.typeName(value)), n);
    }

    private static LingoModel model(String provider, Object[] a, Node n) {
        String id = Args.string(a[0], provider + "'s model id", n);
        Map<String, String> settings = new LinkedHashMap<>();
        if (a.length > 1) {
            LingoRecord r = Args.record(a[1], provider + "'s settings", n);
            for (String key : r.shape().names()) {
                if (!SETTINGS.contains(key)) {
                    String hint = Suggestions.closest(key, SETTINGS);
                    throw LingoError.typeError("Unknown model setting `" + key + "`" + (hint == null ? "" : "; did you mean `" + hint + "`?")
                                    + " (the settings are " + String.join(", ", SETTINGS) + ")", n);
                }
                Object value = r.get(key);
                if (key.equals("schemaInPrompt") && !(value instanceof Boolean)) {
                    throw LingoError.typeError("The model setting `schemaInPrompt` is true or false, not "
                                    + (value instanceof String text ? LingoType.quote(text) : Display.show(value)), n);
                }
                if (key.equals("apiKeyEnv") && (!(value instanceof String name) || !ApiKey.isKeyVariable(name))) {
                    throw value instanceof String name ? LingoError.of("ValueError", ApiKey.notAKeyVariable(name), n)
                                    : LingoError.typeError("The model setting `apiKeyEnv` is the name of an environment variable (a String), not "
                                                    + Display.show(value), n);
                }
                settings.put(key, Display.show(value));
            }
        }
        return new LingoModel(null, new ModelSpec(provider, id, settings), List.of());
    }
}
