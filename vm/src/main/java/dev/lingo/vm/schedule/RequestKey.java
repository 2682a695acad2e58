package dev.lingo.vm.schedule;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.CanonicalJson;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import java.util.List;
import java.util.Objects;

/**
 * What makes two model requests the same question: identical keys share one call while in flight
 * (de-duplication) and one entry in the answer cache. The re-ask budget is not part of it: it
 * changes how hard a call tries, not what a valid answer is.
 *
 * @param endpoint    who answers, as precisely as it matters: the provider and the base URL(s) or model
 *                    file it resolved to, e.g. {@code openai https://api.openai.com/v1}; never a key
 * @param provider    the provider's short name ({@code openai}), for prices
 * @param model       the model id requested
 * @param messages    the rendered conversation
 * @param schemaHash  hash of the schema sent, null for free text
 * @param temperature null for the provider's default
 * @param maxTokens   null for the provider's default
 * @param seed        null for none
 */
public record RequestKey(String endpoint, String provider, String model, List<Message> messages, String schemaHash,
                         Double temperature, Integer maxTokens, Long seed) {

    /** Bumped when the canonical form changes, so stored entries stop matching instead of being misread. */
    public static final int VERSION = 1;

    public RequestKey {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        messages = List.copyOf(messages);
    }

    public static RequestKey of(String endpoint, String provider, ModelRequest request, String schemaHash) {
        return new RequestKey(endpoint, provider, request.model(), request.messages(), schemaHash,
                request.temperature(), request.maxTokens(), request.seed());
    }

    /** The canonical JSON (sorted keys, no whitespace) the hash is taken of. */
    public String canonicalJson() {
        return CanonicalJson.write(json());
    }

    /** SHA-256 of {@link #canonicalJson()}, 64 lowercase hex digits: stable across runs and machines. */
    public String hash() {
        return CanonicalJson.sha256(json());
    }

    /**
     * Sampling was asked for (temperature above 0) and nothing pins it (no seed): each call may
     * answer differently, so such requests are neither shared nor cached unless asked. A request
     * with no temperature takes the provider's default and counts as a plain question.
     */
    public boolean sampled() {
        return temperature != null && temperature > 0 && seed == null;
    }

    private ObjectNode json() {
        ObjectNode json = Json.object().put("v", VERSION).put("endpoint", endpoint).put("model", model);
        ArrayNode list = json.putArray("messages");
        for (Message m : messages) {
            list.addArray().add(m.role().name()).add(m.content());
        }
        json.put("schema", schemaHash);
        json.put("temperature", temperature);
        json.put("maxTokens", maxTokens);
        json.put("seed", seed);
        return json;
    }
}
