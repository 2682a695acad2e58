package dev.lingo.vm.provider.local;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.ModelParameters;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.ImagesUnsupportedException;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import java.nio.file.Files;
import java.time.Duration;

/**
 * A GGUF model run in-process by llama.cpp (through {@code de.kherud:llama}). The answer's JSON
 * Schema becomes a llama.cpp grammar, so the model can only produce text that parses and fits the
 * schema's shape, even a small or poor model. The file loads on the first call; calls run one at a
 * time (a CPU has no spare capacity for a second). JDK 22+ wants
 * {@code --enable-native-access=ALL-UNNAMED} for the bundled native library.
 */
public final class LlamaProvider implements Provider {

    public static final int DEFAULT_MAX_TOKENS = 1024;

    private final LocalModelConfig config;
    private final GrammarCache grammars = new GrammarCache();
    private LlamaModel model;
    private boolean closed;

    public LlamaProvider(LocalModelConfig config) {
        this.config = config;
        LlamaNativeLibrary.prepare();
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public SchemaProfile schemaProfile() {
        return SchemaProfile.STANDARD; // llama.cpp's converter reads 2020-12, $defs and anyOf included
    }

    @Override
    public synchronized ModelResponse complete(ModelRequest request) {
        if (request.hasImages()) {
            throw new ImagesUnsupportedException(name(), "an in-process GGUF model");
        }
        LlamaModel m = model();
        long started = System.nanoTime();
        String prompt = ChatTemplatePrompt.render(m, request);
        int maxTokens = request.maxTokens() == null ? DEFAULT_MAX_TOKENS : request.maxTokens();
        InferenceParameters params = new InferenceParameters(prompt).setNPredict(maxTokens).setCachePrompt(true);
        StructuredSchema schema = schemaFor(request.type());
        if (schema != null) {
            params.setGrammar(grammars.grammarFor(schema));
        }
        if (request.temperature() != null) {
            params.setTemperature(request.temperature().floatValue());
        }
        if (request.seed() != null) {
            params.setSeed((int) (long) request.seed());
        }
        StringBuilder text = new StringBuilder();
        int generated = 0;
        try {
            for (LlamaOutput piece : m.generate(params)) {
                text.append(piece.text);
                generated++;
            }
        } catch (RuntimeException e) {
            throw new LocalModelException("generation failed: " + e.getMessage(), e);
        }
        int promptTokens = m.encode(prompt).length;
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        String finish = generated >= maxTokens ? "length" : "stop";
        String raw = Json.write(Json.object().put("content", text.toString()).put("tokens_predicted", generated)
                .put("tokens_evaluated", promptTokens).put("stop_reason", finish));
        return new ModelResponse(name(), config.modelFile().getFileName().toString(), text.toString(),
                new Usage(promptTokens, generated, 0, 0), latency, finish, raw);
    }

    /** Loads the model file, once. */
    private LlamaModel model() {
        if (closed) {
            throw new IllegalStateException("the local model " + config.modelFile() + " is closed");
        }
        if (model == null) {
            if (!Files.isRegularFile(config.modelFile())) {
                throw new LocalModelException("model file not found: " + config.modelFile()
                        + " (download one with `lingo model pull NAME`)", null);
            }
            ModelParameters p = new ModelParameters().setModel(config.modelFile().toString())
                    .setThreads(config.threads()).setCtxSize(config.contextSize()).disableLog();
            try {
                model = NativeThreadExitGuard.adoptThreadsOf(() -> new LlamaModel(p));
            } catch (Exception | LinkageError e) {
                throw new LocalModelException("cannot load " + config.modelFile() + ": " + e.getMessage(), e);
            }
        }
        return model;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (model != null) {
            model.close();
            model = null;
        }
    }

    @Override
    public String toString() {
        return "LlamaProvider[" + config.modelFile() + "]";
    }
}
