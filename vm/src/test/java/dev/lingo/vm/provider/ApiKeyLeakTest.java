package dev.lingo.vm.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.testing.ProviderRig;
import dev.lingo.vm.testing.RecordedRequest;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.testing.ScriptedReply;
import dev.lingo.vm.trace.JsonLinesTraceWriter;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.SecretRedactor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Servers that echo the API key back (as real ones partly do in auth errors) must not make the
 * key appear in any exception message, toString, stack trace or trace line.
 */
class ApiKeyLeakTest {

    static List<ProviderRig> rigs() {
        return ProviderRig.all();
    }

    /** The key as the server received it, in whichever header the provider uses. */
    private static String keyIn(RecordedRequest request) {
        String bearer = request.header("authorization");
        return bearer != null ? bearer.substring("Bearer ".length()) : request.header("x-api-key");
    }

    private static Function<RecordedRequest, String> echo(String prefix) {
        return request -> "{\"error\": {\"message\": \"" + prefix + keyIn(request) + "\"}}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rigs")
    void noFailureRevealsTheKey(ProviderRig rig) throws Exception {
        try (rig) {
            rig.server().enqueue(ScriptedReply.of(401, echo("Incorrect API key provided: ")))
                    .enqueue(ScriptedReply.of(500, echo("internal error for key ")))
                    .enqueue(ScriptedReply.of(429, echo("quota exceeded for ")).withHeader("retry-after", "1"))
                    .enqueue(ScriptedReply.of(200, request -> "not json, key=" + keyIn(request)))
                    .enqueue(ScriptedReply.of(200, request -> "{\"unexpected\": \"" + keyIn(request) + "\"}"));
            StringWriter traceFile = new StringWriter();
            ModelCaller caller = new ModelCaller(rig.provider(), PriceTable.empty(),
                    new JsonLinesTraceWriter(traceFile, SecretRedactor.none()));
            StringBuilder everything = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                ProviderException e = assertThrows(ProviderException.class, () -> caller.call(
                        dev.lingo.vm.provider.ModelRequest.of("m", SampleTypes.REVIEW, Message.user("hi"))));
                everything.append(describe(e));
            }
            everything.append(rig.provider()).append(traceFile);
            assertEquals(ProviderRig.TEST_KEY, keyIn(rig.server().lastRequest()), "the key was really sent");
            assertTrue(everything.toString().contains(ApiKey.REDACTED), "the echoed key was seen and scrubbed");
            assertFalse(everything.toString().contains(ProviderRig.TEST_KEY), everything::toString);
            assertEquals(5, traceFile.toString().lines().count());
        }
    }

    private static String describe(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        StringBuilder all = new StringBuilder(out.toString());
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(t);
        }
        return all.toString();
    }
}
