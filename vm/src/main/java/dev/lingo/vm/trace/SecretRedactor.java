package dev.lingo.vm.trace;

import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.provider.ApiKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows a machine's secrets and scrubs them from text that leaves it: errors,
 * notices, traces, recordings, the answer cache. It knows every environment value whose name says
 * it is a secret, and every key a provider was configured with (whatever variable it came from,
 * or given directly); on top it scrubs anything shaped like a common key or bearer token (a prompt
 * may quote one the VM never saw). Thread-safe: keys are added as providers are made.
 */
public final class SecretRedactor {

    /** Shorter values are no real keys ("none", "ollama"): scrubbing them would mangle every message. */
    public static final int MIN_KEY_LENGTH = 8;

    private static final Pattern SK_KEY = Pattern.compile("sk-[A-Za-z0-9_-]{16,}"); // OpenAI, Anthropic (sk-ant-...)
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]{16,}");

    private final Set<ApiKey> keys = new CopyOnWriteArraySet<>();

    public SecretRedactor(List<ApiKey> keys) {
        keys.forEach(this::remember);
    }

    public static SecretRedactor none() {
        return new SecretRedactor(List.of());
    }

    /** Every environment value whose name says it is a secret ({@code *_API_KEY}, {@code *_TOKEN}, {@code *_SECRET}). */
    public static SecretRedactor fromEnvironment(Map<String, String> env) {
        List<ApiKey> keys = new ArrayList<>();
        env.forEach((name, value) -> {
            String n = name.toUpperCase();
            if ((n.endsWith("_API_KEY") || n.endsWith("_TOKEN") || n.endsWith("_SECRET")) && value != null && !value.isBlank()) {
                keys.add(ApiKey.of(value));
            }
        });
        return new SecretRedactor(keys);
    }

    /** From now on scrubs {@code key} too (unless it is too short to be a real key). */
    public void remember(ApiKey key) {
        if (key != null && key.length() >= MIN_KEY_LENGTH) {
            keys.add(key);
        }
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (ApiKey key : keys) {
            out = key.redact(out);
        }
        out = SK_KEY.matcher(out).replaceAll(ApiKey.REDACTED);
        return BEARER.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(ApiKey.REDACTED));
    }

    /** Scrubs the message and kept text (a raw answer) of every model-call failure in {@code failure}'s cause chain. */
    public Throwable redact(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ModelCallException e) {
                e.redact(this::redact);
            }
        }
        return failure;
    }

    @Override
    public String toString() {
        return "SecretRedactor[" + keys.size() + " keys]";
    }
}
