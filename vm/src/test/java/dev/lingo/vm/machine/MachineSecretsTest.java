package dev.lingo.vm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.cache.CacheMode;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.ModelRefusalException;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.types.LingoType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A model that echoes the API key (in a misfit answer, a refusal, a fine answer) must not carry it
 * out of the machine: not in an error's message or raw answer, a notice, the trace, the recording or
 * the answer cache. The key comes from a variable whose name does not say it is a secret
 * ({@code apiKeyEnv}), and is not shaped like a known key, so only the machine can know it.
 */
class MachineSecretsTest {

    private static final String KEY = "Cred.7f3a9b21c4d5e6f8";
    private static final String FEW_QUICK_RETRIES = "{\"retry\": {\"maxAttempts\": 2, \"baseDelayMs\": 1, \"maxDelayMs\": 2}}";

    @Test
    void anEchoedKeyLeavesTheMachineNowhere(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), FEW_QUICK_RETRIES);
        Path trace = dir.resolve("trace.jsonl");
        Path recording = dir.resolve("run.jsonl");
        List<String> notices = new ArrayList<>();
        StringBuilder seen = new StringBuilder();
        try (FakeOpenAiServer openai = new FakeOpenAiServer(); FakeOllamaServer ollama = new FakeOllamaServer()) {
            ModelSpec gpt = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", openai.baseUrl() + "/v1", "apiKeyEnv", "MY_CRED_KEY"));
            ModelSpec llama = new ModelSpec("ollama", "llama3.2", Map.of("baseUrl", ollama.baseUrl().toString()));
            MachineOptions options = new MachineOptions(CacheMode.NORMAL, recording, null, false);
            try (ModelMachine machine = new ModelMachine(Map.of("MY_CRED_KEY", KEY), dir, notices::add, options)) {
                machine.traceTo(trace);
                openai.answerEach(request -> "not a number, but the key " + request.header("authorization").substring("Bearer ".length()));

                InvalidAnswerException misfit = assertThrows(InvalidAnswerException.class,
                                () -> machine.run(List.of(gpt), Opcode.gen("How many?", LingoType.INT), CallOptions.NONE));
                seen.append(describe(misfit)).append(misfit.rawAnswer()).append(misfit.errors());
                assertTrue(misfit.rawAnswer().contains("[REDACTED]"), misfit.rawAnswer());

                openai.refusal("I will not repeat " + KEY);
                ModelRefusalException refusal = assertThrows(ModelRefusalException.class,
                                () -> machine.run(List.of(gpt), Opcode.gen("Say it", LingoType.INT), CallOptions.NONE));
                seen.append(describe(refusal));

                openai.refusal("No. Your key is " + KEY); // a refusal falls back, with a notice
                ollama.answer("{\"value\": 7}");
                assertEquals(7, machine.run(List.of(gpt, llama), Opcode.gen("How many now?", LingoType.INT), CallOptions.NONE)
                                .value().asInt(), "the fallback answered");

                openai.answer("{\"value\": \"" + KEY + "\"}");
                machine.run(List.of(gpt), Opcode.gen("Repeat " + KEY, LingoType.STRING), CallOptions.NONE);
            }
            assertEquals("Bearer " + KEY, openai.lastRequest().header("authorization"), "the key was really sent");
        }
        assertTrue(notices.stream().anyMatch(n -> n.contains("falling back")), notices.toString());
        seen.append(notices);
        for (Path file : files(dir)) {
            seen.append(file).append(": ").append(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        assertTrue(Files.readString(recording).contains("[REDACTED]"), "the recording was written");
        assertFalse(seen.toString().contains(KEY), seen::toString);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static String describe(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
