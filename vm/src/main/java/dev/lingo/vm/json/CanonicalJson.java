package dev.lingo.vm.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A rendering of JSON that does not depend on the order fields were added in: object keys are
 * sorted (by UTF-16 code units), no whitespace. Two equal documents give equal text and hash.
 */
public final class CanonicalJson {

    private static final MessageDigest SHA_256 = sha256Prototype();

    private CanonicalJson() {
    }

    public static String write(JsonNode node) {
        return Json.write(sorted(node));
    }

    /** SHA-256 of the canonical text, as 64 lowercase hex digits. */
    public static String sha256(JsonNode node) {
        return sha256(write(node));
    }

    /** SHA-256 of text already in canonical form, as 64 lowercase hex digits. */
    public static String sha256(String canonicalText) {
        return HexFormat.of().formatHex(newSha256().digest(canonicalText.getBytes(StandardCharsets.UTF_8)));
    }

    /** A fresh SHA-256 digest: a clone of one instance, as looking the algorithm up costs more than hashing a prompt. */
    public static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256Prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode copy = Json.object();
            for (String name : names) {
                copy.set(name, sorted(object.get(name)));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = Json.array();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
