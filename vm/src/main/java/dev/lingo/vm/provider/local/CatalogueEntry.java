package dev.lingo.vm.provider.local;

import java.net.URI;
import java.util.Objects;

/**
 * A model that {@code lingo model pull NAME} can download.
 *
 * @param name        what users type, e.g. {@code qwen2.5-0.5b-instruct}
 * @param url         where the GGUF file is served
 * @param fileName    the file's name in the model cache
 * @param size        the file's size in bytes, or null when not pinned (the server's length is used)
 * @param sha256      the file's SHA-256 (lowercase hex), or null when not pinned: then nothing is verified
 * @param description one line for listings
 */
public record CatalogueEntry(String name, URI url, String fileName, Long size, String sha256, String description) {

    public CatalogueEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fileName, "fileName");
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits: " + sha256);
        }
    }

    public boolean pinned() {
        return sha256 != null;
    }
}
