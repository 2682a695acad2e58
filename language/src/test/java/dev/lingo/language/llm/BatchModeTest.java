package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lingo.vm.testing.FakeBatchApi;
import dev.lingo.vm.testing.FakeOpenAiServer;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

/** With lingo.Batch on, the opcodes a map starts go out as one Batch API job when the program first waits. */
class BatchModeTest {

    @Test
    void aMapOfOpcodesBecomesOneBatchJob(@TempDir Path cache) {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            FakeBatchApi batches = server.batchApi(request -> "\"billing\"");
            try (Context context = Context.newBuilder("lingo").err(new ByteArrayOutputStream()).allowIO(IOAccess.ALL)
                            .option("lingo.Batch", "true")
                            .environment("OPENAI_BASE_URL", server.apiBase().toString())
                            .environment("OPENAI_API_KEY", "sk-test")
                            .environment("LINGO_CACHE_DIR", cache.toString()).build()) {
                Value labels = context.eval("lingo",
                                "(1..6).map(i -> classify \"ticket number {i} about my invoice\" as \"bug\" | \"billing\")");
                assertEquals(6, labels.getArraySize());
                for (int i = 0; i < 6; i++) {
                    assertEquals("billing", labels.getArrayElement(i).asString());
                }
            }
            assertEquals(1, batches.creations());
            assertEquals(0, server.requests().stream().filter(r -> r.path().endsWith("/chat/completions")).count());
        }
    }
}
