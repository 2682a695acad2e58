package dev.lingo.vm.provider.local;

import java.nio.file.Path;

/**
 * A finished pull.
 *
 * @param file           the model file, ready to load
 * @param bytes          its size
 * @param sha256         its SHA-256 as computed here
 * @param verified       whether it matched a pinned checksum (false: the catalogue pins none)
 * @param alreadyPresent whether the file was already in the cache (nothing downloaded)
 * @param resumedFrom    bytes kept from an earlier, interrupted download (0 when none)
 */
public record PullResult(Path file, long bytes, String sha256, boolean verified, boolean alreadyPresent,
                         long resumedFrom) {
}
