package dev.lingo.vm.provider;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.cache.RequestFingerprint;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.anthropic.AnthropicProvider;
import dev.lingo.vm.provider.offline.OfflineModel;
import dev.lingo.vm.provider.ollama.OllamaProvider;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.RequestKey;
import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.WireImages;
import dev.lingo.vm.types.LingoType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Images reach each provider in its own wire format, are in the cache key by hash, and never appear as base64 elsewhere. */
class ImageMessagesTest {

    /** A valid 1x1 PNG (70 bytes). */
    static final byte[] PNG = Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
    /** The start of a JPEG: enough for the media type. */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

    private static ModelRequest request(String model) {
        Opcode op = Opcode.gen("What is in these pictures?", LingoType.STRING)
                        .withImages(List.of(ImageInput.of(PNG), ImageInput.of(JPEG)));
        return ModelRequest.forOpcode(model, op, null, null, null);
    }

    private static void assertReceived(List<WireImages.Received> images) {
        assertEquals(2, images.size());
        assertEquals("image/png", images.get(0).mediaType());
        assertArrayEquals(PNG, images.get(0).bytes());
        assertEquals("image/jpeg", images.get(1).mediaType());
        assertArrayEquals(JPEG, images.get(1).bytes());
    }

    @Test
    void openAiGetsTextThenImageUrlPartsWithDataUrls() {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             OpenAiProvider provider = OpenAiProvider.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-test", "OPENAI_BASE_URL", server.apiBase().toString()))) {
            server.answer("a dot and a photo");
            assertEquals("a dot and a photo", provider.complete(request("gpt-4o-mini")).text());
            assertReceived(server.lastImages());
            JsonNode user = server.lastRequest().json().path("messages").get(1);
            assertEquals("text", user.path("content").get(0).path("type").asText());
            assertEquals("What is in these pictures?", user.path("content").get(0).path("text").asText());
            assertTrue(user.path("content").get(1).path("image_url").path("url").asText().startsWith("data:image/png;base64,iVBOR"));
            assertTrue(server.lastRequest().json().path("messages").get(0).path("content").isTextual(), "the system message stays a string");
        }
    }

    @Test
    void anthropicGetsBase64ImageBlocksBeforeTheText() {
        try (FakeAnthropicServer server = new FakeAnthropicServer();
             AnthropicProvider provider = AnthropicProvider.fromEnvironment(Map.of("ANTHROPIC_API_KEY", "sk-ant-test", "ANTHROPIC_BASE_URL", server.baseUrl().toString()))) {
            server.textAnswer("a dot and a photo");
            assertEquals("a dot and a photo", provider.complete(request("claude-3-5-haiku-latest")).text());
            assertReceived(server.lastImages());
            JsonNode blocks = server.lastRequest().json().path("messages").get(0).path("content");
            assertEquals(List.of("image", "image", "text"), List.of(blocks.get(0).path("type").asText(), blocks.get(1).path("type").asText(), blocks.get(2).path("type").asText()));
        }
    }

    @Test
    void ollamaGetsPlainBase64InTheMessagesImages() {
        try (FakeOllamaServer server = new FakeOllamaServer();
             OllamaProvider provider = OllamaProvider.fromEnvironment(Map.of("OLLAMA_HOST", "127.0.0.1:" + server.baseUrl().getPort()))) {
            server.answer("a dot and a photo");
            assertEquals("a dot and a photo", provider.complete(request("llava")).text());
            assertReceived(server.lastImages());
            assertEquals("What is in these pictures?", server.lastRequest().json().path("messages").get(1).path("content").asText());
        }
    }

    @Test
    void theFakesRefuseImagesInAShapeNoServerTakes() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answer("never sent");
            // a JPEG's bytes under a PNG data URL: what a server says to a mislabelled image
            String wrong = "{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"image_url\","
                            + " \"image_url\": {\"url\": \"data:image/png;base64," + Base64.getEncoder().encodeToString(JPEG) + "\"}}]}]}";
            var reply = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(server.apiBase().resolve("v1/chat/completions"))
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(wrong)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(400, reply.statusCode());
            assertTrue(reply.body().contains("does not appear to be one"), reply.body());
            assertEquals(1, server.pendingReplies(), "the scripted answer is kept for a well-formed request");
        }
        assertThrows(WireImages.Malformed.class, () -> WireImages.ollama(dev.lingo.vm.json.Json.parse(
                        "{\"messages\": [{\"role\": \"user\", \"content\": \"x\", \"images\": [\"data:image/png;base64,AAAA\"]}]}")));
    }

    @Test
    void theCacheKeyHasTheImagesHashAndTheExcerptAPlaceholder() {
        ModelRequest withImages = request("gpt-4o-mini");
        ModelRequest otherImage = ModelRequest.forOpcode("gpt-4o-mini", Opcode.gen("What is in these pictures?", LingoType.STRING)
                        .withImages(List.of(ImageInput.of(JPEG), ImageInput.of(PNG))), null, null, null);
        ModelRequest none = ModelRequest.forOpcode("gpt-4o-mini", Opcode.gen("What is in these pictures?", LingoType.STRING), null, null, null);
        String a = RequestKey.of("openai x", "openai", withImages, null).hash();
        assertNotEquals(a, RequestKey.of("openai x", "openai", otherImage, null).hash(), "the images' order is part of the question");
        assertNotEquals(a, RequestKey.of("openai x", "openai", none, null).hash());
        assertEquals(a, RequestKey.of("openai x", "openai", request("gpt-4o-mini"), null).hash(), "the same bytes, the same key");
        String canonical = RequestKey.of("openai x", "openai", withImages, null).canonicalJson();
        assertTrue(canonical.contains("image/png sha256:" + ImageInput.of(PNG).sha256()), canonical);
        assertFalse(canonical.contains("iVBOR"), "no base64 in the key's text");
        assertFalse(RequestKey.of("openai x", "openai", none, null).canonicalJson().contains("sha256"), "keys without images are as before");
        String excerpt = RequestFingerprint.of("openai x", "openai", withImages, null).prompt();
        assertEquals("What is in these pictures? <image sha256=" + ImageInput.of(PNG).sha256().substring(0, 12) + " 70 bytes> <image sha256="
                        + ImageInput.of(JPEG).sha256().substring(0, 12) + " 11 bytes>", excerpt);
    }

    @Test
    void theOfflineStandInRefusesImagesSayingWhatToDo() {
        ImagesUnsupportedException e = assertThrows(ImagesUnsupportedException.class, () -> new OfflineModel().complete(request("minilm-rules")));
        assertTrue(e.getMessage().startsWith("offline: the offline stand-in (rules and MiniLM embeddings) cannot see images; send them to a vision model"), e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void onlyPngJpegGifAndWebpAreImages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImageInput.of("%PDF-1.7".getBytes()));
        assertEquals("it is not a PNG, JPEG, GIF or WebP image", e.getMessage());
        assertEquals("image/gif", ImageInput.of("GIF89a..".getBytes()).mediaType());
        assertEquals("image/webp", ImageInput.of("RIFF\0\0\0\0WEBPVP8 ".getBytes()).mediaType());
    }
}
