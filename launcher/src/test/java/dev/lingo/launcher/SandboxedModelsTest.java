package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxedModelsTest {

    @Test
    void onlyModelVariablesPassAndTheirEndpointsAreNamed() {
        var models = SandboxedModels.from(Map.of("OPENAI_API_KEY", "sk-1", "HOME", "/home/u", "AWS_SECRET_ACCESS_KEY", "x",
                "OLLAMA_HOST", "localhost:11434/", "ANTHROPIC_BASE_URL", "https://a.example/, https://b.example"));
        assertEquals(Map.of("OPENAI_API_KEY", "sk-1", "OLLAMA_HOST", "localhost:11434/",
                "ANTHROPIC_BASE_URL", "https://a.example/, https://b.example"), models.variables());
        assertEquals(List.of("https://api.openai.com/v1", "https://a.example", "https://b.example", "http://localhost:11434"),
                models.endpoints());
    }

    @Test
    void aProviderNobodyChoseHasNoEndpoint() {
        assertEquals(List.of(), SandboxedModels.from(Map.of("PATH", "/bin")).endpoints());
        assertEquals(List.of("http://127.0.0.1:11434"), SandboxedModels.from(Map.of("LINGO_MODEL", "ollama:llama3")).endpoints());
    }
}
