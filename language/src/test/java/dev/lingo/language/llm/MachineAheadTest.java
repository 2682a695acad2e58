package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program with opcodes gets its model machine made on another thread while it starts: what the
 * program sees is the same as if the first opcode had made it.
 */
class MachineAheadTest {

    private static Context.Builder context(FakeOpenAiServer server, Path dir, ByteArrayOutputStream out) {
        return Context.newBuilder("lingo").out(out).err(out).allowIO(true)
                        .currentWorkingDirectory(dir)
                        .environment("OPENAI_BASE_URL", server.apiBase().toString())
                        .environment("OPENAI_API_KEY", "sk-test")
                        .environment("LINGO_CACHE_DIR", dir.resolve("cache").toString())
                        .environment("LINGO_PACKING", "off")
                        .option("lingo.Summary", "true");
    }

    @Test
    void anOpcodeThatNeverRunsSendsNothingAndLeavesNoSummary(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            try (Context c = context(server, dir, out).build()) {
                c.eval("lingo", "print(\"only\")\nif false { print(extract {n: Int} from \"x\") }");
            }
            assertEquals(0, server.requests().size());
        }
        assertEquals("only\n", out.toString(StandardCharsets.UTF_8), "no summary: no opcode ran");
    }

    @Test
    void aMachineThatCannotBeMadeFailsTheOpcodeWhereItRuns(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            try (Context c = context(server, dir, out).option("lingo.Replay", dir.resolve("missing/run.jsonl").toString()).build()) {
                String kind = c.eval("lingo", """
                                print("before")
                                try { classify "x" as "a" | "b" } catch e { e.kind }""").asString();
                assertEquals("ModelConfigError", kind);
            }
            assertEquals(0, server.requests().size());
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("before\n"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theFirstCallIsAnsweredAndCountedOnce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lingo.json"), "{\"limits\": {\"openai\": {\"maxConcurrent\": 4}}}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(r -> r.body().contains("refund") ? "\"billing\"" : "\"bug\"");
            try (Context c = context(server, dir, out).build()) {
                assertEquals("bug billing", c.eval("lingo", """
                                let a = classify "the app crashes" as "bug" | "billing"
                                let b = classify "refund me" as "bug" | "billing"
                                "{a} {b}\"""").asString());
            }
            assertEquals(2, server.requests().size());
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("lingo: 2 model calls"), printed);
        assertFalse(printed.contains("Exception"), printed);
    }
}
