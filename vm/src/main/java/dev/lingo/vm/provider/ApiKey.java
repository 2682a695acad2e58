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
