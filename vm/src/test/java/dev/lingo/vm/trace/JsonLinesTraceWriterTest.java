package dev.lingo.vm.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lingo.vm.provider.ApiKey;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTraceWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static CallRecord success() throws Exception {
        return new CallRecord(Instant.parse("2025-03-01T12:00:00Z"), "openai", "gpt-4o-mini",
                List.of(Message.system("Extract.\nBe exact."), Message.user("Loud kettle")), "ab12",
                "{\"stars\": 2}", MAPPER.readTree("{\"stars\": 2}"), new Usage(100, 20, 64, 0), 0.000123,
                Duration.ofMillis(850), 1, null, "stop");
    }

    @Test
    void writesOneParsableLinePerCall(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs/trace.jsonl");
        try (JsonLinesTraceWriter writer = JsonLinesTraceWriter.append(file, SecretRedactor.none())) {
            writer.record(success());
            writer.record(new CallRecord(Instant.parse("2025-03-01T12:00:01Z"), "anthropic", "claude-sonnet-4",
                    List.of(Message.user("x")), null, null, null, Usage.ZERO, null, Duration.ZERO, 0, "anthropic: overloaded", null));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        JsonNode first = MAPPER.readTree(lines.get(0));
        assertEquals("2025-03-01T12:00:00Z", first.path("time").asText());
        assertEquals("gpt-4o-mini", first.path("model").asText());
        assertEquals("Extract.\nBe exact.", first.path("messages").get(0).path("content").asText());
        assertEquals("system", first.path("messages").get(0).path("role").asText());
        assertEquals("ab12", first.path("schema_hash").asText());
        assertEquals(2, first.path("value").path("stars").asInt());
        assertEquals(100, first.path("tokens_in").asLong());
        assertEquals(20, first.path("tokens_out").asLong());
        assertEquals(64, first.path("tokens_cached").asLong());
        assertEquals(0.000123, first.path("cost_usd").asDouble());
        assertEquals(850.0, first.path("latency_ms").asDouble());
        assertEquals(1, first.path("retries").asInt());
        assertTrue(first.path("error").isNull());
        assertEquals("stop", first.path("finish_reason").asText());
        JsonNode second = MAPPER.readTree(lines.get(1));
        assertTrue(second.path("cost_usd").isNull(), "unknown cost stays unknown");
        assertEquals("anthropic: overloaded", second.path("error").asText());
        assertTrue(second.has("finish_reason") && second.path("finish_reason").isNull(), "no answer, no finish reason");
        try (JsonLinesTraceWriter writer = JsonLinesTraceWriter.append(file, SecretRedactor.none())) {
            writer.record(success());
        }
        assertEquals(3, Files.readAllLines(file).size(), "a second run appends");
    }

    @Test
    void secretsAreScrubbedFromEveryField(@TempDir Path dir) throws Exception {
        String known = "proxy-token-9f8e7d6c5b4a";
        String openAiShaped = "sk-proj-abcdefghijklmnopqrstuvwx";
        CallRecord leaky = new CallRecord(Instant.EPOCH, "ollama", "llama3",
                List.of(Message.user("my key is " + openAiShaped + " and token " + known)), null,
                "Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345", MAPPER.readTree("{\"k\": \"" + known + "\"}"),
                Usage.ZERO, 0.0, Duration.ZERO, 0, "failed with " + known, null);
        Path file = dir.resolve("trace.jsonl");
        try (JsonLinesTraceWriter writer = JsonLinesTraceWriter.append(file, new SecretRedactor(List.of(ApiKey.of(known))))) {
            writer.record(leaky);
        }
        String line = Files.readString(file);
        assertFalse(line.contains(known), line);
        assertFalse(line.contains(openAiShaped), line);
        assertFalse(line.contains("abcdefghijklmnopqrstuvwxyz012345"), line);
        assertTrue(line.contains("Bearer [REDACTED]"), line);
        MAPPER.readTree(line); // still valid JSON
    }
}
