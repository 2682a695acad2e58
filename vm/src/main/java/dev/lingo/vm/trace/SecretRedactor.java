package dev.lingo.vm.trace;

import dev.lingo.vm.provider.ApiKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scrubs secrets from text bound for a trace or a log: the known keys verbatim, and anything shaped
 * like a common key or bearer token (a prompt may quote one the VM never saw).
 */
public final class SecretRedactor {

    private static final List<Pattern> KEY_SHAPES = List.of(
            Pattern.compile("sk-[A-Za-z0-9_-]{16,}"),           // OpenAI, Anthropic (sk-ant-...)
            Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{16,}"));

    private final List<ApiKey> keys;

    public SecretRedactor(List<ApiKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public static SecretRedactor none() {
        return new SecretRedactor(List.of());
    }

    /** Every environment value whose name says it is a secret ({@code *_API_KEY}, {@code *_TOKEN}, {@code *_SECRET}). */
    public static SecretRedactor fromEnvironment(Map<String, String> env) {
        List<ApiKey> keys = new ArrayList<>();
        env.forEach((name, value) -> {
            String n = name.toUpperCase();
            if ((n.endsWith("_API_KEY") || n.endsWith("_TOKEN") || n.endsWith("_SECRET")) && value != null
                    && value.strip().length() >= 8) {
                keys.add(ApiKey.of(value));
            }
        });
        return new SecretRedactor(keys);
    }

    public SecretRedactor with(ApiKey key) {
        List<ApiKey> more = new ArrayList<>(keys);
        more.add(key);
        return new SecretRedactor(more);
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (ApiKey key : keys) {
            out = key.redact(out);
        }
        out = KEY_SHAPES.get(0).matcher(out).replaceAll(ApiKey.REDACTED);
        return KEY_SHAPES.get(1).matcher(out).replaceAll("$1" + java.util.regex.Matcher.quoteReplacement(ApiKey.REDACTED));
    }

    @Override
    public String toString() {
        return "SecretRedactor[" + keys.size() + " keys]";
    }
}
