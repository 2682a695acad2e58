package dev.lingo.vm.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Message;

/** The trace line of a call: flat, snake_case, tokens and cost as top-level numbers so tools like jq sum them easily. */
public final class CallRecordJson {

    private CallRecordJson() {
    }

    public static ObjectNode toJson(CallRecord r) {
        return toJson(r, "model");
    }

    /** @param source who answered: {@code model} (a call), {@code cache} or {@code replay} (no call, no tokens) */
    public static ObjectNode toJson(CallRecord r, String source) {
        ObjectNode line = Json.object();
        line.put("time", r.startedAt().toString());
        line.put("source", source);
        line.put("provider", r.provider());
        line.put("model", r.model());
        ArrayNode messages = line.putArray("messages");
        for (Message m : r.messages()) {
            ObjectNode message = messages.addObject().put("role", m.role().wireName()).put("content", m.content());
            if (m.hasImages()) { // a placeholder each: a trace never holds the bytes
                ArrayNode images = message.putArray("images");
                m.images().forEach(image -> images.add(image.placeholder()));
            }
        }
        line.put("schema_hash", r.schemaHash());
        line.put("raw_answer", r.rawAnswer());
        line.set("value", r.value());
        line.put("tokens_in", r.usage().inputTokens());
        line.put("tokens_out", r.usage().outputTokens());
        line.put("tokens_cached", r.usage().cachedInputTokens());
        line.put("tokens_cache_write", r.usage().cacheWriteTokens());
        line.put("cost_usd", r.cost());
        line.put("latency_ms", r.latency().toNanos() / 1_000_000.0);
        line.put("retries", r.retries());
        line.put("finish_reason", r.finishReason());
        if (r.confidence() != null) { // a cascade's first model: what its threshold was held against
            line.put("confidence", r.confidence());
        }
        line.put("error", r.error());
        return line;
    }
}
