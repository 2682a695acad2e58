package dev.lingo.vm.cache;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code lingo cache verify} found: SQLite's own {@code PRAGMA integrity_check} and every
 * answer's checksum recomputed.
 *
 * @param integrity  the lines of {@code PRAGMA integrity_check}: just {@code ok} for a sound file
 * @param answers    the answers read
 * @param mismatched the keys (hashes) of answers whose stored checksum does not match them
 * @param unchecked  answers stored without a checksum (a format-1 file opened read-only)
 * @param unreadable why reading the answers stopped, or null when every row was read
 */
public record CacheCheck(Path file, List<String> integrity, long answers, List<String> mismatched, long unchecked,
                         String unreadable) {

    public CacheCheck {
        integrity = List.copyOf(integrity);
        mismatched = List.copyOf(mismatched);
    }

    public boolean integrityOk() {
        return integrity.equals(List.of("ok"));
    }

    public boolean passed() {
        return integrityOk() && mismatched.isEmpty() && unreadable == null;
    }
}
