package dev.lingo.vm.schedule;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lingo.vm.json.CanonicalJson;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.ImageInput;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
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
 * @param confidence  the answer's log-probabilities were asked for: its entry keeps the confidence too,
 *                    so it is not the entry of the same question asked without
 */
public record RequestKey(String endpoint, String provider, String model, List<Message> messages, String schemaHash,
                         Double temperature, Integer maxTokens, Long seed, boolean confidence) {

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
                request.temperature(), request.maxTokens(), request.seed(), request.confidence());
    }

    /** The canonical JSON (sorted keys, no whitespace) the hash is taken of. */
    public String canonicalJson() {
        StringWriter out = new StringWriter(256 + messages.stream().mapToInt(m -> m.content().length()).sum());
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            writeCanonical(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** SHA-256 of {@link #canonicalJson()}, 64 lowercase hex digits: stable across runs and machines. */
    public String hash() {
        if (hasSurrogates()) {
            // Jackson's UTF-8 output escapes characters beyond U+FFFF, and String.getBytes turns a lone
            // surrogate into '?': the text form keeps the hash the same as it always was
            return CanonicalJson.sha256(canonicalJson());
        }
        MessageDigest digest = CanonicalJson.newSha256();
        // streamed into the digest as UTF-8: every opcode, each cache hit included, makes a key
        try (JsonGenerator g = Json.MAPPER.createGenerator(new DigestOutputStream(OutputStream.nullOutputStream(), digest),
                JsonEncoding.UTF8)) {
            writeCanonical(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private boolean hasSurrogates() {
        if (hasSurrogates(endpoint) || hasSurrogates(model)) {
            return true;
        }
        for (Message m : messages) {
            if (hasSurrogates(m.content())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sampling was asked for (temperature above 0) and nothing pins it (no seed): each call may
     * answer differently, so such requests are neither shared nor cached unless asked. A request
     * with no temperature takes the provider's default and counts as a plain question.
     */
    public boolean sampled() {
        return temperature != null && temperature > 0 && seed == null;
    }

    /**
     * Written field by field in sorted key order: the text {@link CanonicalJson} gives for the same
     * object, without building a tree.
     */
    private void writeCanonical(JsonGenerator g) throws IOException {
        g.writeStartObject();
        if (confidence) { // written only when asked, so every other key hashes as it always did
            g.writeBooleanField("confidence", true);
        }
        g.writeStringField("endpoint", endpoint);
        writeNumberOrNull(g, "maxTokens", maxTokens);
        g.writeArrayFieldStart("messages");
        for (Message m : messages) {
            g.writeStartArray();
            g.writeString(m.role().name());
            g.writeString(m.content());
            if (m.hasImages()) { // only then, so the keys of requests without images stay as they were
                g.writeStartArray();
                for (ImageInput image : m.images()) {
                    g.writeString(image.mediaType() + " sha256:" + image.sha256());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeStringField("model", model);
        g.writeStringField("schema", schemaHash);
        writeNumberOrNull(g, "seed", seed);
        writeNumberOrNull(g, "temperature", temperature);
        g.writeNumberField("v", VERSION);
        g.writeEndObject();
    }

    private static void writeNumberOrNull(JsonGenerator g, String name, Number n) throws IOException {
        g.writeFieldName(name);
        switch (n) {
            case null -> g.writeNull();
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            default -> g.writeNumber(n.doubleValue());
        }
    }
}
