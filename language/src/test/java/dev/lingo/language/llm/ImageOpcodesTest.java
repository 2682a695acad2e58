package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.FakeModelServer;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.WireImages;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** image(path) in the opcodes' operands, through the polyglot API to each provider's fake, the cache and the trace. */
class ImageOpcodesTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    private static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    private Context.Builder builder(OpcodeProvidersTest.Provider provider, FakeModelServer server) {
        Context.Builder b = Context.newBuilder("lingo").err(new ByteArrayOutputStream()).allowIO(IOAccess.ALL)
                        .currentWorkingDirectory(dir).environment("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        return switch (provider) {
            case OPENAI -> b.environment("OPENAI_BASE_URL", server.baseUrl() + "/v1").environment("OPENAI_API_KEY", "sk-test-1");
            case ANTHROPIC -> b.environment("ANTHROPIC_BASE_URL", server.baseUrl().toString()).environment("ANTHROPIC_API_KEY", "sk-ant-test-1");
            case OLLAMA -> b.environment("OLLAMA_HOST", server.baseUrl().toString());
        };
    }

    private static List<WireImages.Received> received(OpcodeProvidersTest.Provider provider, FakeModelServer server) {
        return switch (provider) {
            case OPENAI -> ((FakeOpenAiServer) server).lastImages();
            case ANTHROPIC -> ((FakeAnthropicServer) server).lastImages();
            case OLLAMA -> ((FakeOllamaServer) server).lastImages();
        };
    }

    @ParameterizedTest
    @EnumSource(OpcodeProvidersTest.Provider.class)
    void extractFromARecordWithAnImageSendsItInTheProvidersFormat(OpcodeProvidersTest.Provider provider) throws Exception {
        Files.write(dir.resolve("receipt.png"), PNG);
        try (FakeModelServer server = provider.server(); Context context = builder(provider, server).option("lingo.Cache", "off").build()) {
            provider.answer(server, "{\"total\": 12}");
            long total = context.eval("lingo", "type Receipt = { total: Int }\n"
                            + "let r = extract Receipt from {note: \"the lunch receipt\", scan: image(\"receipt.png\")}\nr.total").asLong();
            assertEquals(12, total);
            List<WireImages.Received> images = received(provider, server);
            assertEquals(1, images.size());
            assertArrayEquals(PNG, images.getFirst().bytes());
            String body = server.lastRequest().body();
            assertTrue(body.contains("[image 1]"), "the text marks where the image was: " + body);
            assertTrue(body.contains("marked [image 1]"), "the system message says so");
        }
    }

    @Test
    void theCacheKnowsAnImageByItsBytesAndTheTraceShowsOnlyAPlaceholder() throws Exception {
        Files.write(dir.resolve("a.png"), PNG);
        Files.write(dir.resolve("copy.png"), PNG);
        Files.write(dir.resolve("b.gif"), GIF);
        Path trace = dir.resolve("trace.jsonl");
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             Context context = builder(OpcodeProvidersTest.Provider.OPENAI, server).option("lingo.Trace", trace.toString()).build()) {
            server.answerEach(request -> "described");
            String program = "gen String from [\"Describe\", image(\"%s\")]";
            assertEquals("described", context.eval("lingo", program.formatted("a.png")).asString());
            assertEquals("described", context.eval("lingo", program.formatted("copy.png")).asString());
            assertEquals(1, server.requests().size(), "the same bytes under another name are the same question");
            context.eval("lingo", program.formatted("b.gif"));
            assertEquals(2, server.requests().size(), "other bytes are another question");
            assertEquals("image/gif", server.lastImages().getFirst().mediaType());
        }
        String lines = Files.readString(trace);
        assertFalse(lines.contains(Base64.getEncoder().encodeToString(PNG).substring(0, 24)), "no base64 in the trace");
        assertTrue(lines.contains("\"images\":[\"<image sha256="), lines);
        StringBuilder cacheDump = new StringBuilder(); // the database and its write-ahead log
        try (var files = Files.walk(dir.resolve("cache"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                cacheDump.append(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        assertTrue(cacheDump.indexOf("Describe") >= 0, "the cache holds the excerpt");
        assertFalse(cacheDump.toString().contains(Base64.getEncoder().encodeToString(PNG).substring(0, 24)), "no base64 in the cache");
    }

    @Test
    void withoutFileIoImageFailsAsReadDoes() throws Exception {
        Files.write(dir.resolve("a.png"), PNG);
        try (Context context = Context.newBuilder("lingo").err(new ByteArrayOutputStream()).build()) {
            String program = "try { %s(\"" + dir.resolve("a.png") + "\") } catch e { e.kind + \": \" + e.message }";
            assertEquals(context.eval("lingo", program.formatted("read")).asString(), context.eval("lingo", program.formatted("image")).asString());
        }
    }
}
