package dev.lingo.vm.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum stored with each answer: SHA-256 over its key and every stored field, each
 * length-prefixed so no two different rows hash alike. A row changed outside Lingo (or damaged in
 * a way SQLite does not notice) no longer matches and is not used. It is no signature: whoever
 * edits the file on purpose can write a matching checksum too.
 */
final class AnswerChecksum {

    private AnswerChecksum() {
    }

    /** Lower-case hex of the SHA-256 of {@code hash} and {@code answer}. */
    static String of(String hash, CachedAnswer answer) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (String text : new String[] {hash, answer.provider(), answer.model(), answer.answer(), answer.prompt()}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            sha.update(bytes);
        }
        ByteBuffer numbers = ByteBuffer.allocate(5 * Long.BYTES)
                .putLong(answer.usage().inputTokens()).putLong(answer.usage().outputTokens())
                .putLong(answer.usage().cachedInputTokens()).putLong(answer.usage().cacheWriteTokens())
                .putLong(answer.createdAt().toEpochMilli());
        sha.update(numbers.array());
        return HexFormat.of().formatHex(sha.digest());
    }

    static boolean matches(String stored, String hash, CachedAnswer answer) {
        return stored != null && stored.equals(of(hash, answer));
    }
}
