package dev.lingo.vm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.machine.ModelDefaults.ProjectConfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The documented order in which the default model is chosen. */
class ModelDefaultsTest {

    @Test
    void lingoModelBeatsConfigAndKeys(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), "{\"model\": \"anthropic:claude-x\"}");
        ProjectConfig config = ProjectConfig.find(dir);
        Map<String, String> env = Map.of("LINGO_MODEL", "ollama:qwen2.5", "OPENAI_API_KEY", "k");
        assertEquals("ollama:qwen2.5", ModelDefaults.resolve(env, config).toString());
    }

    @Test
    void configBeatsKeysAndIsFoundInParentFolders(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), "{\"model\": \"anthropic:claude-x\"}");
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        assertEquals("anthropic:claude-x", ModelDefaults.resolve(Map.of("OPENAI_API_KEY", "k"), ProjectConfig.find(nested)).toString());
    }

    @Test
    void schedulingSettingsComeFromTheSameFileAndMistakesNameIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), "{\"limits\": {\"ollama\": {\"maxConcurrent\": 2}}, \"budget\": {\"maxCalls\": 9}}");
        ProjectConfig config = ProjectConfig.find(dir);
        assertEquals(2, config.scheduling().limitsFor("ollama", null).maxConcurrent());
        assertEquals(9L, config.scheduling().budget().maxCalls());
        assertEquals(dev.lingo.vm.schedule.SchedulerSettings.DEFAULTS, ProjectConfig.NONE.scheduling());
        Files.writeString(dir.resolve("lingo.json"), "{\"retry\": {\"attempts\": 3}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectConfig.find(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("lingo.json").toAbsolutePath() + ": lingo.json retry: unknown setting \"attempts\""),
                        e.getMessage());
    }

    @Test
    void keysInOrderThenOffline() {
        ProjectConfig none = ProjectConfig.NONE;
        assertEquals("openai:" + ModelDefaults.OPENAI_DEFAULT,
                        ModelDefaults.resolve(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:8080/v1", "ANTHROPIC_API_KEY", "a"), none).toString());
        assertEquals("anthropic:" + ModelDefaults.ANTHROPIC_DEFAULT,
                        ModelDefaults.resolve(Map.of("ANTHROPIC_API_KEY", "a", "OLLAMA_HOST", "h"), none).toString());
        assertEquals("ollama:" + ModelDefaults.OLLAMA_DEFAULT, ModelDefaults.resolve(Map.of("OLLAMA_HOST", "h"), none).toString());
        assertEquals(ModelSpec.OFFLINE, ModelDefaults.resolve(Map.of("OPENAI_API_KEY", " "), none));
    }

    @Test
    void shortFormsParseAndMistakesSayWhatIsExpected() {
        assertEquals(new ModelSpec("local", "/m/q.gguf", Map.of("path", "/m/q.gguf")), ModelSpec.parse("gguf:/m/q.gguf"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("gpt-4o"));
        assertTrue(e.getMessage().contains("provider:model"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("mistral:large"));
        assertTrue(e.getMessage().contains("Unknown model provider \"mistral\""), e.getMessage());
    }

    @Test
    void prefetchIsOnUnlessTheFileTurnsItOffAndAWrongValueNamesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), "{}");
        assertTrue(ProjectConfig.find(dir).prefetch());
        Files.writeString(dir.resolve("lingo.json"), "{\"prefetch\": false}");
        assertEquals(false, ProjectConfig.find(dir).prefetch());
        Files.writeString(dir.resolve("lingo.json"), "{\"prefetch\": \"no\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectConfig.find(dir));
        assertTrue(e.getMessage().contains("lingo.json") && e.getMessage().contains("\"prefetch\" is true or false, not \"no\""),
                e.getMessage());
    }
}
