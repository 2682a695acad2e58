package dev.lingo.language.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeEmbeddings;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** embed and memory from a script, against the fakes of the real embeddings APIs; and a context with no file access. */
class EmbedAndMemoryTest {

    private static Context.Builder context(Path dir, ByteArrayOutputStream err) {
        return Context.newBuilder("lingo").err(err).allowIO(true).currentWorkingDirectory(dir)
                        .environment("LINGO_CACHE_DIR", dir.resolve("cache").toString())
                        .environment("LINGO_MEMORY_DIR", dir.resolve("memory").toString())
                        .option("lingo.Summary", "true");
    }

    @Test
    void embedAsksTheDeclaredModelOnceAndTheCacheAfterwards(@TempDir Path dir) {
        String script = "model e = openai(\"text-embedding-3-small\", {baseUrl: \"%s\"})\nembed([\"alpha\", \"beta\"], e)";
        try (FakeOpenAiServer server = new FakeOpenAiServer().embeddings(4, 0)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try (Context c = context(dir, err).environment("OPENAI_API_KEY", "sk-secret-1").build()) {
                Value v = c.eval("lingo", script.formatted(server.apiBase()));
                assertEquals(2, v.getArraySize());
                assertEquals(FakeEmbeddings.vectorOf("beta", 4)[1], v.getArrayElement(1).getArrayElement(1).asDouble(), 1e-6);
            }
            assertEquals("Bearer sk-secret-1", server.lastRequest().header("authorization"));
            String summary = err.toString(StandardCharsets.UTF_8);
            assertTrue(summary.contains("2 texts embedded (0 from cache, 1 request)"), summary);
            try (Context c = context(dir, new ByteArrayOutputStream()).environment("OPENAI_API_KEY", "sk-secret-1").build()) {
                c.eval("lingo", script.formatted(server.apiBase()));
            }
            assertEquals(1, server.requests().size(), "the second run is answered by the persistent cache");
            assertTrue(Files.exists(dir.resolve("cache")));
        }
    }

    @Test
    void aMemoryEmbedsWithOllamaByDefaultWhenOllamaIsTheModel(@TempDir Path dir) {
        try (FakeOllamaServer server = new FakeOllamaServer().embeddings(5)) {
            try (Context c = context(dir, new ByteArrayOutputStream()).environment("OLLAMA_HOST", server.baseUrl().toString()).build()) {
                Value found = c.eval("lingo", """
                                let kb = memory("notes")
                                kb.remember(["tea is brewed", "coffee is roasted"], {kind: "drink"})
                                kb.recall("roasted", 1)[0].text
                                """);
                assertEquals("coffee is roasted", found.asString());
            }
            assertEquals("/api/embed", server.lastRequest().path());
            assertTrue(Files.isDirectory(dir.resolve("memory").resolve("notes")));
        }
    }

    @Test
    void aContextWithoutFileAccessGetsNoMemory(@TempDir Path dir) {
        try (Context c = Context.newBuilder("lingo").err(new ByteArrayOutputStream()).allowIO(false).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("lingo", "let kb = memory(\"kb\")"));
            assertTrue(e.getMessage().contains("needs file access, and this context has none"), e.getMessage());
            assertTrue(e.isGuestException());
        }
    }
}
