package dev.lingo.vm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.local.LocalModelConfig;
import dev.lingo.vm.provider.offline.OfflineModel;
import dev.lingo.vm.testing.TinyLlamaGguf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The machine's two on-this-computer backends: the offline default and a local GGUF file. */
class MachineBackendsTest {

    private static final Opcode CLASSIFY = Opcode.classify("I was charged twice on my invoice", List.of("bug", "billing"));

    @Test
    void withNothingConfiguredTheOfflineModelAnswersAndTheNoticeIsShownOnce(@TempDir Path dir) {
        List<String> notices = new ArrayList<>();
        try (ModelMachine machine = new ModelMachine(Map.of(), dir, notices::add)) {
            assertEquals(ModelSpec.OFFLINE, machine.defaultModel());
            TypedAnswer a = machine.run(List.of(), CLASSIFY, CallOptions.NONE);
            machine.run(List.of(), Opcode.check("the customer was charged twice", "I was charged twice."), CallOptions.NONE);
            assertEquals("billing", a.value().asText());
            assertEquals("offline", a.record().provider());
            assertEquals(List.of(OfflineModel.NOTICE), notices);
        }
    }

    @Test
    void anOfflineModelAskedForSaysWhoAskedInsteadOfClaimingNothingIsConfigured(@TempDir Path dir) throws Exception {
        List<String> byEnv = new ArrayList<>();
        try (ModelMachine machine = new ModelMachine(Map.of("LINGO_MODEL", "offline"), dir, byEnv::add)) {
            machine.run(List.of(), CLASSIFY, CallOptions.NONE);
        }
        assertEquals(List.of(OfflineModel.chosenNotice("LINGO_MODEL")), byEnv);
        java.nio.file.Files.writeString(dir.resolve("lingo.json"), "{\"model\": \"offline\"}");
        List<String> byConfig = new ArrayList<>();
        try (ModelMachine machine = new ModelMachine(Map.of(), dir, byConfig::add)) {
            machine.run(List.of(), CLASSIFY, CallOptions.NONE);
        }
        assertEquals(List.of(OfflineModel.chosenNotice("lingo.json")), byConfig);
        List<String> byScript = new ArrayList<>();
        try (ModelMachine machine = new ModelMachine(Map.of("LINGO_MODEL", "openai:gpt-4o-mini"), dir, byScript::add)) {
            machine.run(List.of(ModelSpec.OFFLINE), CLASSIFY, CallOptions.NONE);
        }
        assertEquals(List.of(OfflineModel.chosenNotice("the script")), byScript);
        assertFalse(byScript.getFirst().contains("no language model is configured"));
    }

    @Test
    void aGgufSpecRunsTheFileInProcess(@TempDir Path dir) throws Exception {
        Path gguf = TinyLlamaGguf.write(dir.resolve("tiny.gguf"), 3);
        try (ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { })) {
            TypedAnswer a = machine.run(List.of(ModelSpec.parse("gguf:" + gguf)), CLASSIFY, new CallOptions(0.7, 64, 1L, 0));
            assertTrue(List.of("bug", "billing").contains(a.value().asText()), a.value().toString());
            assertEquals("local", a.record().provider());
        }
    }

    @Test
    void aCatalogueNameResolvesToTheModelCache(@TempDir Path dir) throws Exception {
        Path models = dir.resolve("models");
        LocalModelConfig byName = LocalModelConfig.resolve("qwen2.5-0.5b-instruct", Map.of("LINGO_MODEL_DIR", models.toString()));
        assertEquals(models.resolve("qwen2.5-0.5b-instruct-q4_k_m.gguf"), byName.modelFile());
        Path file = TinyLlamaGguf.write(dir.resolve("qwen2.5-0.5b-instruct"), 1);
        assertEquals(file, LocalModelConfig.resolve(file.toString(), Map.of()).modelFile(), "an existing path wins");
    }
}
