package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.ByteArrayOutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;

/** A type past OpenAI's strict structured-output limits fails at the opcode with the reason, and no request is sent. */
class StrictLimitsTest {

    @Test
    void aTypeNestedTooDeepIsRefusedBeforeAnythingIsSent() {
        StringBuilder types = new StringBuilder("type T11 = {leaf: String}\n");
        for (int i = 10; i >= 1; i--) {
            types.append("type T").append(i).append(" = {next: T").append(i + 1).append("}\n");
        }
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             Context context = Context.newBuilder("lingo").err(new ByteArrayOutputStream()).option("lingo.Cache", "off")
                     .allowIO(IOAccess.newBuilder().allowHostSocketAccess(true).build())
                     .environment("OPENAI_BASE_URL", server.apiBase().toString()).environment("OPENAI_API_KEY", "sk-test")
                     .environment("LINGO_PACKING", "off").build()) {
            String error = context.eval("lingo", types + "try { extract T1 from \"x\" } catch e { e.kind + \": \" + e.message }").asString();
            assertTrue(error.startsWith("ModelProviderError: openai: not sent: the answer's type nests records 11 levels deep"), error);
            assertEquals(0, server.requests().size());
        }
    }
}
