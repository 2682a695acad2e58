package dev.lingo.vm.cache;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.CanonicalJson;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Role;

/**
 * Derives a request's {@link CacheKey}: SHA-256 of the canonical JSON of everything that can change
 * the answer (endpoint, model, rendered messages, schema hash, temperature, max tokens, seed). The
 * re-ask budget is left out: it changes how hard a call tries, not what a valid answer is. One
 * place on purpose, so the scheduler's request key can replace it.
 */
public final class RequestFingerprint {

    /** Bumped when the derivation changes, so old entries stop matching instead of being misread. */
    static final int VERSION = 1;
    private static final int PROMPT_EXCERPT = 120;

    private RequestFingerprint() {
    }

    /**
     * @param endpoint     who answers, as precisely as it matters: provider and the base URL or model
     *                     file it resolved to (e.g. {@code openai https://api.openai.com/v1}); never a key
     * @param providerName the provider's short name ({@code openai}), for prices
     * @param schemaHash   hash of the schema sent, null for free text
     */
    public static CacheKey of(String endpoint, String providerName, ModelRequest request, String schemaHash) {
        ObjectNode json = Json.object().put("v", VERSION).put("endpoint", endpoint).put("model", request.model());
        ArrayNode messages = json.putArray("messages");
        for (Message m : request.messages()) {
            messages.addArray().add(m.role().name()).add(m.content());
        }
        json.put("schema", schemaHash);
        json.put("temperature", request.temperature());
        json.put("maxTokens", request.maxTokens());
        json.put("seed", request.seed());
        return fromHash(CanonicalJson.sha256(json), providerName, request);
    }

    /**
     * A key from a hash made elsewhere (the scheduler's request key hashes the same canonical form),
     * with this request's excerpt and sampling flag.
     */
    public static CacheKey fromHash(String hash, String providerName, ModelRequest request) {
        return new CacheKey(hash, providerName, request.model(), excerpt(request), isSampled(request));
    }

    /**
     * Sampling was asked for (temperature above 0) and nothing pins it (no seed). A request with no
     * temperature takes the provider's default and is treated as a plain question: caching it is
     * the point of the cache.
     */
    public static boolean isSampled(ModelRequest request) {
        return request.temperature() != null && request.temperature() > 0 && request.seed() == null;
    }

    /** The last user message on one line, shortened: what a person recognises the request by. */
    static String excerpt(ModelRequest request) {
        String text = "";
        for (Message m : request.messages()) {
            if (m.role() == Role.USER) {
                text = m.content();
            }
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= PROMPT_EXCERPT ? line : line.substring(0, PROMPT_EXCERPT) + "…";
    }
}
