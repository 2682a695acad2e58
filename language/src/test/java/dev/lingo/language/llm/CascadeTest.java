package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeLogprobs;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;
import dev.lingo.vm.testing.ScriptedReply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which model answers an opcode of a cascade: the first when it is sure enough, else the second, also
 * when the first fails. The fake's first model always says true / Ada, the second false / Grace.
 */
class CascadeTest {

    private static FakeLogprobs.Scored answer(RecordedRequest request) {
        boolean cheap = request.json().path("model").asText().equals("gpt-4o-mini");
        double p = !cheap || request.body().contains("clearly") ? 0.97 : 0.5;
        boolean record = request.body().contains("stars");
        String content = record ? (cheap ? "{\"name\":\"Ada\",\"stars\":4}" : "{\"name\":\"Grace\",\"stars\":4}")
                        : "{\"value\":" + cheap + "}";
        return new FakeLogprobs.Scored(content, p);
    }

    @Test
    void theSecondModelAnswersWhenTheFirstIsUnsureOrFails(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.when(r -> r.body().contains("broken") && r.json().path("model").asText().equals("gpt-4o-mini"),
                            ScriptedReply.of(400, "{\"error\": {\"message\": \"bad request\", \"type\": \"invalid_request_error\"}}"));
            server.answerEachScored(CascadeTest::answer);
            String out;
            try (Context c = Context.newBuilder("lingo").err(err).allowIO(true).currentWorkingDirectory(dir)
                            .environment("OPENAI_BASE_URL", server.apiBase().toString()).environment("OPENAI_API_KEY", "sk-test")
                            .environment("LINGO_CACHE_DIR", dir.resolve("cache").toString()).environment("LINGO_PACKING", "off")
                            .option("lingo.Summary", "true").option("lingo.Trace", dir.resolve("trace.jsonl").toString()).build()) {
                out = c.eval("lingo", """
                                model triage = cascade("openai:gpt-4o-mini", "openai:gpt-4o", {threshold: 0.9})
                                type Review = {name: String, stars: Int}
                                let sure = check "it is clearly spam" on "buy now" using triage
                                let unsure = check "it is spam" on "hello" using triage
                                let broken = check "it is spam" on "broken" using triage
                                let clear = extract Review from "clearly Ada, 4 stars" using triage
                                let vague = extract Review from "someone, 4 stars" using triage
                                "{sure} {unsure} {broken} {clear.name} {vague.name}"
                                """).asString();
            }
            assertEquals("true false false Ada Grace", out);
            long unsureWithoutLogprobs = server.requests().stream()
                            .filter(r -> r.json().path("model").asText().equals("gpt-4o") && r.json().has("logprobs")).count();
            assertEquals(0, unsureWithoutLogprobs, "the second model is asked without logprobs");
        }
        List<String> confident = Files.readAllLines(dir.resolve("trace.jsonl")).stream().filter(l -> l.contains("\"confidence\"")).toList();
        assertEquals(4, confident.size(), "the first model's four answers (not its failure) are traced with their confidence: " + confident);
        assertTrue(confident.stream().allMatch(l -> l.contains("\"model\":\"gpt-4o-mini\"")), confident.toString());
        String summary = err.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("cascade triage: 2 of 5 answered by openai:gpt-4o-mini, 3 by openai:gpt-4o"), summary);
    }
}
