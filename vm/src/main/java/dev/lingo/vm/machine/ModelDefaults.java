package dev.lingo.vm.machine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lingo.vm.batch.PackingSettings;
import dev.lingo.vm.schedule.SchedulerSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The model an opcode uses when the script names none. The first that applies wins:
 * <ol>
 * <li>{@code LINGO_MODEL} in the environment ({@code openai:gpt-4o-mini}, {@code offline}, …);</li>
 * <li>{@code "model"} in the nearest {@code lingo.json} (working directory, then its parents);</li>
 * <li>{@code OPENAI_API_KEY} or {@code OPENAI_BASE_URL} set: {@code openai:gpt-4o-mini};</li>
 * <li>{@code ANTHROPIC_API_KEY} set: {@code anthropic:claude-3-5-haiku-latest};</li>
 * <li>{@code OLLAMA_HOST} set: {@code ollama:llama3.2};</li>
 * <li>otherwise the offline default, which prints a notice saying how to configure a model.</li>
 * </ol>
 */
public final class ModelDefaults {

    public static final String OPENAI_DEFAULT = "gpt-4o-mini";
    public static final String ANTHROPIC_DEFAULT = "claude-3-5-haiku-latest";
    public static final String OLLAMA_DEFAULT = "llama3.2";

    private ModelDefaults() {
    }

    public static ModelSpec resolve(Map<String, String> env, ProjectConfig config) {
        String fromEnv = env.get("LINGO_MODEL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return ModelSpec.parse(fromEnv);
        }
        if (config.model() != null) {
            return ModelSpec.parse(config.model());
        }
        if (present(env, "OPENAI_API_KEY") || present(env, "OPENAI_BASE_URL")) {
            return new ModelSpec("openai", OPENAI_DEFAULT, Map.of());
        }
        if (present(env, "ANTHROPIC_API_KEY")) {
            return new ModelSpec("anthropic", ANTHROPIC_DEFAULT, Map.of());
        }
        if (present(env, "OLLAMA_HOST")) {
            return new ModelSpec("ollama", OLLAMA_DEFAULT, Map.of());
        }
        return ModelSpec.OFFLINE;
    }

    /** Where {@link #resolve} found the model ({@code LINGO_MODEL} or {@code lingo.json}); null when it guessed from keys or fell back. */
    static String chosenBy(Map<String, String> env, ProjectConfig config) {
        if (present(env, "LINGO_MODEL")) {
            return "LINGO_MODEL";
        }
        return config.model() != null ? "lingo.json" : null;
    }

    private static boolean present(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }

    /**
     * What a project's {@code lingo.json} says: the default model, a price table override, how
     * model requests are scheduled ({@code limits}, {@code endpoints}, {@code retry},
     * {@code circuitBreaker}, {@code budget}: see {@link SchedulerSettings}) and prompt packing
     * ({@code packing}: see {@link PackingSettings}), and whether prompts repeat the answer's schema
     * ({@code schemaInPrompt}; null: each provider decides, see {@link dev.lingo.vm.provider.Provider#schemaInPrompt}),
     * and whether the language may start model calls ahead of the program ({@code "prefetch": false} turns it off).
     */
    public record ProjectConfig(Path file, String model, JsonNode prices, SchedulerSettings scheduling, PackingSettings packing,
                                Boolean schemaInPrompt, boolean prefetch) {

        public static final ProjectConfig NONE = new ProjectConfig(null, null, null, SchedulerSettings.DEFAULTS, PackingSettings.DEFAULTS, null);

        public ProjectConfig(Path file, String model, JsonNode prices, SchedulerSettings scheduling, PackingSettings packing,
                             Boolean schemaInPrompt) {
            this(file, model, prices, scheduling, packing, schemaInPrompt, true);
        }

        public ProjectConfig {
            scheduling = scheduling == null ? SchedulerSettings.DEFAULTS : scheduling;
            packing = packing == null ? PackingSettings.DEFAULTS : packing;
        }

        /** A configuration with packing as by default. */
        public ProjectConfig(Path file, String model, JsonNode prices, SchedulerSettings scheduling) {
            this(file, model, prices, scheduling, PackingSettings.DEFAULTS, null);
        }

        /** The nearest {@code lingo.json} from {@code dir} upwards, or {@link #NONE}. */
        public static ProjectConfig find(Path dir) {
            for (Path d = dir == null ? null : dir.toAbsolutePath(); d != null; d = d.getParent()) {
                Path file = d.resolve("lingo.json");
                if (Files.isRegularFile(file)) {
                    return load(file);
                }
            }
            return NONE;
        }

        /** {@code "schemaInPrompt": true|false}, or null when absent (each provider decides). */
        private static Boolean schemaInPrompt(Path file, JsonNode json) {
            JsonNode value = json.get("schemaInPrompt");
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                throw new IllegalArgumentException("\"schemaInPrompt\" is true or false, not " + value);
            }
            return value.asBoolean();
        }

        private static boolean prefetch(JsonNode json) {
            JsonNode value = json.get("prefetch");
            if (value == null || value.isNull()) {
                return true;
            }
            if (!value.isBoolean()) {
                throw new IllegalArgumentException("\"prefetch\" is true or false, not " + value);
            }
            return value.asBoolean();
        }

        public static ProjectConfig load(Path file) {
            try {
                JsonNode json = new ObjectMapper().readTree(file.toFile());
                JsonNode model = json.get("model");
                return new ProjectConfig(file, model == null || model.isNull() ? null : model.asText(), json.get("prices"),
                                SchedulerSettings.fromConfig(json), PackingSettings.fromConfig(json), schemaInPrompt(file, json),
                                prefetch(json));
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
        }
    }
}
