package dev.lingo.vm.cache;

import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Role;
import dev.lingo.vm.schedule.RequestKey;

/**
 * Derives a request's {@link CacheKey}: the hash of its {@link RequestKey} (everything that can
 * change the answer: endpoint, model, rendered messages, schema hash, temperature, max tokens,
 * seed), so de-duplication and the cache agree on what "the same question" is.
 */
public final class RequestFingerprint {

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
        return fromHash(RequestKey.of(endpoint, providerName, request, schemaHash).hash(), providerName, request);
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

    /** The last user message on one line, shortened, images as placeholders: what a person recognises the request by. */
    static String excerpt(ModelRequest request) {
        String text = "";
        for (Message m : request.messages()) {
            if (m.role() == Role.USER) {
                text = m.contentForDisplay();
            }
        }
        return oneLine(text, PROMPT_EXCERPT);
    }

    /** {@code text} stripped, each run of white space as one space, cut after {@code max} characters. */
    static String oneLine(String text, int max) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !line.isEmpty();
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            if (line.length() >= max) {
                return line.substring(0, max) + "…";
            }
            line.append(c);
        }
        return line.toString();
    }
}
