package dev.lingo.vm.provider.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to run a GGUF model in-process.
 *
 * @param modelFile   the {@code .gguf} file
 * @param threads     CPU threads for generation and prompt reading
 * @param contextSize tokens of context (prompt + answer); the model's own limit still applies
 */
public record LocalModelConfig(Path modelFile, int threads, int contextSize) {

    public static final int DEFAULT_CONTEXT = 4096;

    public LocalModelConfig {
        Objects.requireNonNull(modelFile, "modelFile");
        if (threads < 1 || contextSize < 64) {
            throw new IllegalArgumentException("threads must be >= 1 and contextSize >= 64");
        }
    }

    /** The file with all cores and the default context. */
    public static LocalModelConfig of(Path modelFile) {
        return new LocalModelConfig(modelFile, Runtime.getRuntime().availableProcessors(), DEFAULT_CONTEXT);
    }

    /**
     * {@code LINGO_LOCAL_THREADS} and {@code LINGO_LOCAL_CONTEXT} override the defaults; the file
     * itself comes from the caller (the project config or {@code LINGO_MODEL=gguf:PATH}).
     */
    public static LocalModelConfig fromEnvironment(Path modelFile, Map<String, String> env) {
        LocalModelConfig d = of(modelFile);
        return new LocalModelConfig(modelFile, intOr(env.get("LINGO_LOCAL_THREADS"), d.threads()),
                intOr(env.get("LINGO_LOCAL_CONTEXT"), d.contextSize()));
    }

    /**
     * A model file named by a path, or by a catalogue name ({@code qwen2.5-0.5b-instruct}) for a
     * model downloaded with {@code lingo model pull}; settings from {@link #fromEnvironment}.
     */
    public static LocalModelConfig resolve(String pathOrName, Map<String, String> env) {
        Path file = Path.of(pathOrName);
        if (!java.nio.file.Files.exists(file)) {
            var entry = ModelCatalogue.builtIn().find(pathOrName);
            if (entry.isPresent()) {
                file = ModelPull.fromEnvironment(env).pathOf(entry.get());
            }
        }
        return fromEnvironment(file, env);
    }

    private static int intOr(String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
