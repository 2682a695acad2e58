package dev.lingo.vm.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.answer.ValidationError;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Lines of a recording: a header {@code {"lingo":"recording","version":1}}, then one
 * object per call: {@code seq, key, provider, model, prompt}, and either {@code source, answer,
 * usage} or {@code failure}.
 */
final class RecordingFormat {

    static final String MAGIC = "recording";
    static final int VERSION = 1;

    private RecordingFormat() {
    }

    static String header() {
        return Json.write(Json.object().put("lingo", MAGIC).put("version", VERSION));
    }

    /** Null when {@code json} is a header this version can read; otherwise what is wrong with it. */
    static String checkHeader(JsonNode json) {
        if (!MAGIC.equals(json.path("lingo").asText())) {
            return "it does not start with a Lingo recording header";
        }
        int version = json.path("version").asInt(-1);
        return version == VERSION ? null : "it is in format " + version + "; this Lingo reads format " + VERSION;
    }

    static String write(RecordedCall c) {
        ObjectNode o = Json.object().put("seq", c.seq()).put("key", c.key()).put("provider", c.provider())
                .put("model", c.model()).put("prompt", c.prompt());
        if (c.failure() == null) {
            o.put("source", c.source().name().toLowerCase(Locale.ROOT)).put("answer", c.answer());
            o.putObject("usage").put("input", c.usage().inputTokens()).put("output", c.usage().outputTokens())
                    .put("cachedInput", c.usage().cachedInputTokens()).put("cacheWrite", c.usage().cacheWriteTokens());
        } else {
            o.set("failure", failure(c.failure()));
        }
        return Json.write(o);
    }

    private static ObjectNode failure(RecordedFailure f) {
        ObjectNode o = Json.object().put("kind", f.kind()).put("message", f.message());
        if (f.provider() != null) {
            o.put("provider", f.provider()).put("status", f.status());
        }
        if (f.answerType() != null) {
            o.put("answerType", f.answerType()).put("rawAnswer", f.rawAnswer()).put("attempts", f.attempts());
            ArrayNode errors = o.putArray("errors");
            f.errors().forEach(e -> errors.addObject().put("path", e.path()).put("expected", e.expected()).put("problem", e.problem()));
        }
        return o;
    }

    static RecordedCall read(JsonNode o) {
        String[] required = {"seq", "key", "provider", "model"};
        for (String field : required) {
            if (!o.hasNonNull(field)) {
                throw new IllegalArgumentException("it has no \"" + field + "\"");
            }
        }
        JsonNode f = o.get("failure");
        if (f != null && !f.isNull()) {
            return new RecordedCall(o.get("seq").asLong(), o.get("key").asText(), o.get("provider").asText(),
                    o.get("model").asText(), o.path("prompt").asText(""), null, null, null, readFailure(f));
        }
        if (!o.path("answer").isTextual()) {
            throw new IllegalArgumentException("it has neither an \"answer\" nor a \"failure\"");
        }
        JsonNode u = o.path("usage");
        Usage usage = new Usage(u.path("input").asLong(), u.path("output").asLong(), u.path("cachedInput").asLong(),
                u.path("cacheWrite").asLong());
        AnswerSource source = AnswerSource.valueOf(o.path("source").asText("model").toUpperCase(Locale.ROOT));
        return new RecordedCall(o.get("seq").asLong(), o.get("key").asText(), o.get("provider").asText(),
                o.get("model").asText(), o.path("prompt").asText(""), source, o.get("answer").asText(), usage, null);
    }

    private static RecordedFailure readFailure(JsonNode f) {
        List<ValidationError> errors = new ArrayList<>();
        for (JsonNode e : f.path("errors")) {
            errors.add(new ValidationError(e.path("path").asText(), e.path("expected").asText(), e.path("problem").asText()));
        }
        return new RecordedFailure(f.path("kind").asText("ModelProviderError"), f.path("message").asText(),
                text(f, "provider"), f.path("status").asInt(0), text(f, "answerType"), errors, text(f, "rawAnswer"),
                f.path("attempts").asInt(0));
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
