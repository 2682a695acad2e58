package dev.lingo.vm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Reads the images of a chat request in each provider's own wire format, and says what a real
 * server would refuse: a content part of an unknown type, base64 that does not decode, a media type
 * the API does not take, bytes that are not the media type claimed. The fakes answer such a
 * request 400, as the real APIs do, so a test cannot pass with images in a shape no server takes.
 */
public final class WireImages {

    /** An image as the server received it. */
    public record Received(String mediaType, byte[] bytes) {
    }

    /** The request breaks the wire format; the message is the 400's. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private WireImages() {
    }

    /** OpenAI Chat Completions: {@code content: [{type: "text", text}, {type: "image_url", image_url: {url: "data:…;base64,…"}}]}. */
    public static List<Received> openAi(JsonNode body) {
        List<Received> images = new ArrayList<>();
        forEachPart(body, (message, part) -> {
            switch (part.path("type").asText()) {
                case "text" -> requireText(part.path("text"), "a text part needs text");
                case "image_url" -> {
                    if (!"user".equals(message.path("role").asText())) {
                        throw new Malformed("image_url parts are only allowed in user messages");
                    }
                    String url = part.path("image_url").path("url").asText("");
                    int comma = url.indexOf(',');
                    if (!url.startsWith("data:") || comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
                        throw new Malformed("Invalid image_url: expected a data URL with base64 data");
                    }
                    images.add(decode(url.substring(5, comma - ";base64".length()), url.substring(comma + 1)));
                }
                default -> throw new Malformed("Invalid content part type: " + part.path("type"));
            }
        });
        return images;
    }

    /** Anthropic Messages: {@code {type: "image", source: {type: "base64", media_type, data}}} blocks. */
    public static List<Received> anthropic(JsonNode body) {
        List<Received> images = new ArrayList<>();
        forEachPart(body, (message, block) -> {
            switch (block.path("type").asText()) {
                case "text" -> requireText(block.path("text"), "text block: text is required");
                case "image" -> {
                    JsonNode source = block.path("source");
                    if (!"base64".equals(source.path("type").asText())) {
                        throw new Malformed("image.source.type: only base64 is accepted here");
                    }
                    images.add(decode(source.path("media_type").asText(""), source.path("data").asText("")));
                }
                default -> throw new Malformed("Unknown content block type: " + block.path("type"));
            }
        });
        return images;
    }

    /** Each part of each message whose content is a list of parts (OpenAI and Anthropic alike). */
    private static void forEachPart(JsonNode body, java.util.function.BiConsumer<JsonNode, JsonNode> visit) {
        for (JsonNode message : body.path("messages")) {
            JsonNode content = message.path("content");
            if (content.isTextual()) {
                continue;
            } else if (!content.isArray()) {
                throw new Malformed("messages[].content must be a string or a list of content parts");
            }
            content.forEach(part -> visit.accept(message, part));
        }
    }

    /** Ollama /api/chat: {@code images: ["<base64>"]} on a message, no data: prefix, no media type. */
    public static List<Received> ollama(JsonNode body) {
        List<Received> images = new ArrayList<>();
        for (JsonNode message : body.path("messages")) {
            requireText(message.path("content"), "message content must be a string");
            for (JsonNode image : message.path("images")) {
                String data = image.asText("");
                if (data.startsWith("data:")) {
                    throw new Malformed("illegal base64 data at input byte 4"); // what Ollama says to a data URL
                }
                byte[] bytes = base64(data);
                images.add(new Received(sniff(bytes), bytes));
            }
        }
        return images;
    }

    private static Received decode(String mediaType, String data) {
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new Malformed("Unsupported image media type: " + mediaType);
        }
        byte[] bytes = base64(data);
        if (!mediaType.equals(sniff(bytes))) {
            throw new Malformed("The image was specified using the " + mediaType + " media type, but it does not appear to be one");
        }
        return new Received(mediaType, bytes);
    }

    private static byte[] base64(String data) {
        try {
            return Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            throw new Malformed("Invalid base64 image data: " + e.getMessage());
        }
    }

    private static void requireText(JsonNode text, String message) {
        if (!text.isTextual()) {
            throw new Malformed(message);
        }
    }

    static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        } else if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "image/jpeg";
        } else if (b.length >= 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return "image/gif";
        } else if (b.length >= 12 && b[0] == 'R' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return "unknown";
    }
}
