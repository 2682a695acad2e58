package dev.lingo.language.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an embedder does not grant, a script cannot reach: no socket IO means no model endpoint
 * but those the embedder names (lingo.Endpoints), no file IO means no answer cache on disk and no
 * local model file, and Lingo runs under SandboxPolicy.CONSTRAINED (spec 15.11).
 */
class EmbedderGrantsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Context.Builder noIo(FakeOpenAiServer server) {
        return Context.newBuilder("lingo").out(new ByteArrayOutputStream()).err(err)
                .environment("OPENAI_BASE_URL", server.apiBase().toString())
                .environment("OPENAI_API_KEY", "sk-embedder-key")
                .environment("LINGO_CACHE_DIR", dir.resolve("cache").toString());
    }

    private static String errorOf(Context context, String program) {
        return context.eval("lingo", "try { " + program + " } catch e { e.kind + \": \" + e.message }").asString();
    }

    @Test
    void withoutSocketIoAScriptReachesNoModelEndpoint() {
        try (FakeOpenAiServer elsewhere = new FakeOpenAiServer(); FakeOpenAiServer server = new FakeOpenAiServer();
             Context context = noIo(server).build()) {
            String own = errorOf(context, "model m = openai(\"x\", {baseUrl: \"" + elsewhere.apiBase() + "\", apiKeyEnv: \"OPENAI_API_KEY\"})\n"
                    + "gen String from \"hi\" using m");
            assertTrue(own.startsWith("AccessError: model openai at " + elsewhere.apiBase() + " is not allowed"), own);
            String configured = errorOf(context, "gen String from \"hi\"");
            assertTrue(configured.startsWith("AccessError: model openai at " + server.apiBase()), configured);
            assertEquals(0, elsewhere.requests().size(), "nothing, the key least of all, went to the script's host");
            assertEquals(0, server.requests().size());
        }
    }

    @Test
    void aScriptCannotSendAVariableThatIsNotAKeyAsItsKey() {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             Context context = noIo(server).environment("DATABASE_URL", "postgres://admin:hunter2@db").option("lingo.Endpoints", server.apiBase().toString()).build()) {
            server.answer("hello");
            String refused = errorOf(context, "model m = openai(\"x\", {apiKeyEnv: \"DATABASE_URL\"})\ngen String from \"hi\" using m");
            assertTrue(refused.startsWith("ValueError: The model setting `apiKeyEnv` names `DATABASE_URL`, which is not a key's variable"), refused);
            assertEquals(0, server.requests().size(), "nothing was sent");
        }
    }

    @Test
    void embeddingsAreModelCallsAndNeedTheEndpointToo() {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); Context context = noIo(server).build()) {
            String refused = errorOf(context, "embed(\"hello\")");
            assertTrue(refused.startsWith("AccessError: model openai at " + server.apiBase()), refused);
            assertEquals(0, server.requests().size());
        }
    }

    @Test
    void theEndpointsTheEmbedderNamesAreReachableAndNoOthers() {
        try (FakeOpenAiServer elsewhere = new FakeOpenAiServer(); FakeOpenAiServer server = new FakeOpenAiServer();
             Context context = noIo(server).option("lingo.Endpoints", server.apiBase() + "/").build()) {
            server.answer("hello");
            assertEquals("hello", context.eval("lingo", "gen String from \"say hello\"").asString());
            assertEquals(1, server.requests().size());
            String own = errorOf(context, "model m = openai(\"x\", {baseUrl: \"" + elsewhere.apiBase() + "\"})\ngen String from \"hi\" using m");
            assertTrue(own.startsWith("AccessError:"), own);
            assertTrue(own.contains("option lingo.Endpoints: " + server.apiBase().toString().toLowerCase()), own);
            assertEquals(0, elsewhere.requests().size());
        }
    }

    @Test
    void withoutFileIoNoAnswerCacheIsWrittenAndNoLocalModelIsRead() {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             Context context = noIo(server).option("lingo.Endpoints", server.apiBase().toString()).build()) {
            server.answer("one");
            server.answer("two");
            assertEquals("one", context.eval("lingo", "gen String from \"a word\"").asString());
            assertFalse(Files.exists(dir.resolve("cache")), "no cache directory, no answers.db");
            String local = errorOf(context, "model m = gguf(\"/etc/passwd\")\ngen String from \"hi\" using m");
            assertTrue(local.startsWith("AccessError: local model /etc/passwd is not allowed"), local);
            String file = errorOf(context, "read(\"/etc/passwd\")");
            assertFalse(file.contains("root:"), file);
        }
    }

    @Test
    void withIoGrantedTheSameScriptUsesItsOwnEndpoint() {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             Context context = noIo(server).allowIO(IOAccess.ALL).build()) {
            server.answer("granted");
            assertEquals("granted", context.eval("lingo", "gen String from \"hi\"").asString());
            assertTrue(Files.exists(dir.resolve("cache/answers.db")), "with file IO the answer is cached on disk");
        }
    }

    @Test
    void lingoRunsUnderTheConstrainedSandboxPolicy() {
        try (Context context = Context.newBuilder("lingo").sandbox(SandboxPolicy.CONSTRAINED)
                .out(new ByteArrayOutputStream()).err(err).option("lingo.MaxCalls", "3").build()) {
            assertEquals(42, context.eval("lingo", "fn f(x) = x * 2\nf(21)").asLong());
            String file = errorOf(context, "read(\"/etc/passwd\")");
            assertFalse(file.contains("root:"), file);
            assertEquals("negative", context.eval("lingo", "classify \"this is awful\" as \"positive\" | \"negative\"").asString(),
                    "the offline stand-in answers inside the sandbox");
        }
    }

    @Test
    void optionsThatNameFilesAreRefusedUnderTheConstrainedPolicy() {
        var builder = Context.newBuilder("lingo").sandbox(SandboxPolicy.CONSTRAINED).out(new ByteArrayOutputStream()).err(err)
                .option("lingo.Trace", dir.resolve("trace.jsonl").toString());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().contains("lingo.Trace"), e.getMessage());
    }
}
