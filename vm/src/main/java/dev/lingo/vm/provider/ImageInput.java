package dev.lingo.vm.provider;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An image sent with a user message (spec 15.13): its bytes, its media type (found from the bytes,
 * not a file name) and its SHA-256, which stands for it in cache keys, traces and excerpts so no
 * base64 is ever written anywhere but the request to the model.
 */
public final class ImageInput {

    /** The media types every provider with images accepts (OpenAI, Anthropic, Ollama). */
    public static final String SUPPORTED = "PNG, JPEG, GIF or WebP";

    private final String mediaType;
    private final byte[] bytes;
    private final String sha256;

    private ImageInput(String mediaType, byte[] bytes) {
        this.mediaType = mediaType;
        this.bytes = bytes;
        this.sha256 = sha256(bytes);
    }

    /** @throws IllegalArgumentException when the bytes are not a PNG, JPEG, GIF or WebP image */
    public static ImageInput of(byte[] bytes) {
        String type = mediaTypeOf(bytes);
        if (type == null) {
            throw new IllegalArgumentException("it is not a " + SUPPORTED + " image");
        }
        return new ImageInput(type, bytes.clone());
    }

    static String mediaTypeOf(byte[] b) {
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        } else if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        } else if (starts(b, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        } else if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    public String mediaType() {
        return mediaType;
    }

    /** 64 lowercase hex digits. */
    public String sha256() {
        return sha256;
    }

    public int size() {
        return bytes.length;
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** {@code data:image/png;base64,…}, as OpenAI's {@code image_url} takes it. */
    public String dataUrl() {
        return "data:" + mediaType + ";base64," + base64();
    }

    /** What traces, cache excerpts and messages show instead of the bytes: {@code <image sha256=1f2e3d4c5b6a 12 KB>}. */
    public String placeholder() {
        return "<image sha256=" + sha256.substring(0, 12) + " " + sizeText(bytes.length) + ">";
    }

    /** {@code 70 bytes}, {@code 12 KB}, {@code 1.5 MB}. */
    public static String sizeText(long n) {
        if (n < 1024) {
            return n + " bytes";
        } else if (n < 1024 * 1024) {
            return ((n + 1023) / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024.0));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageInput other && sha256.equals(other.sha256) && mediaType.equals(other.mediaType);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return placeholder();
    }
}
