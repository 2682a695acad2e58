package dev.lingo.vm.provider;

import java.util.Map;
import java.util.Optional;

/**
 * A secret credential. It never prints itself ({@link #toString()} is redacted), only
 * {@link JsonHttpClient} reads its value (to set a header), and {@link #redact} scrubs it from text
 * that came back from a server before that text reaches an exception or a log.
 */
public final class ApiKey {

    public static final String REDACTED = "[REDACTED]";

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    public static ApiKey of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an API key cannot be empty");
        }
        return new ApiKey(value.strip());
    }

    /**
     * Whether a script may name {@code variable} as the one its key is read from: only a name that
     * says it holds a secret (ending in {@code _KEY}, {@code _TOKEN} or {@code _SECRET}), so a
     * script cannot send {@code HOME} or {@code DATABASE_URL} to a server as its bearer token.
     */
    public static boolean isKeyVariable(String variable) {
        String name = variable.toUpperCase(java.util.Locale.ROOT);
        return name.length() > 4 && (name.endsWith("_KEY") || name.endsWith("_TOKEN") || name.endsWith("_SECRET"));
    }

    /** Why {@code variable} cannot hold a model's key, for the error a script sees. */
    public static String notAKeyVariable(String variable) {
        return "The model setting `apiKeyEnv` names `" + variable + "`, which is not a key's variable: a key is read only from a"
                        + " variable whose name ends in _KEY, _TOKEN or _SECRET (such as OPENAI_API_KEY), so that no other"
                        + " variable can be sent to a server as a key";
    }

    /** The key in an environment variable, if it is set and not blank. */
    public static Optional<ApiKey> fromEnvironment(Map<String, String> env, String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(of(value));
    }

    String value() {
        return value;
    }

    /** How many characters the key has (its value stays private). */
    public int length() {
        return value.length();
    }

    /** The text with every occurrence of this key replaced by {@value #REDACTED}. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, REDACTED);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey k && k.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey" + REDACTED;
    }
}
