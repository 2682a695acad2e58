package dev.lingo.vm.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prompt packing as a project sets it in {@code lingo.json}; every field is optional:
 * <pre>{@code "packing": {"enabled": true, "maxItems": 16, "maxChars": 400, "windowMillis": 3}}</pre>
 * {@code LINGO_PACKING=off} (or {@code on}) in the environment overrides {@code enabled}.
 * Packing only ever applies to providers with a real cost per request ({@code openai},
 * {@code anthropic}, {@code ollama}); the offline model and local GGUF files answer each opcode
 * for free, so packing them would only lose precision.
 *
 * @param enabled  false switches packing off for every model
 * @param maxItems most items in one request (a full pack is sent at once)
 * @param maxChars only inputs at most this long are packed: long texts gain little and risk more
 * @param window   how long the first item of a pack waits for others of its shape
 */
public record PackingSettings(boolean enabled, int maxItems, int maxChars, Duration window) {

    public static final PackingSettings DEFAULTS = new PackingSettings(true, 16, 400, Duration.ofMillis(3));
    public static final PackingSettings OFF = DEFAULTS.withEnabled(false);

    private static final Set<String> NETWORK_PROVIDERS = Set.of("openai", "anthropic", "ollama");
    private static final Set<String> KNOWN = Set.of("enabled", "maxItems", "maxChars", "windowMillis");

    public PackingSettings {
        if (maxItems < 1) {
            throw new IllegalArgumentException("packing.maxItems must be at least 1, not " + maxItems);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("packing.maxChars must be at least 1, not " + maxChars);
        }
        if (window == null || window.isNegative()) {
            throw new IllegalArgumentException("packing.windowMillis must be a duration >= 0");
        }
    }

    /** Whether opcodes sent to {@code provider} (a provider kind such as {@code openai}) may be packed. */
    public boolean appliesTo(String provider) {
        return enabled && maxItems > 1 && NETWORK_PROVIDERS.contains(provider);
    }

    public PackingSettings withEnabled(boolean on) {
        return new PackingSettings(on, maxItems, maxChars, window);
    }

    public PackingSettings withMaxItems(int items) {
        return new PackingSettings(enabled, items, maxChars, window);
    }

    public PackingSettings withWindow(Duration wait) {
        return new PackingSettings(enabled, maxItems, maxChars, wait);
    }

    /** These settings with {@code LINGO_PACKING} ({@code on}/{@code off}) applied, when it is set. */
    public PackingSettings withEnvironment(Map<String, String> env) {
        String v = env.get("LINGO_PACKING");
        if (v == null || v.isBlank()) {
            return this;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "1" -> withEnabled(true);
            case "off", "false", "0" -> withEnabled(false);
            default -> throw new IllegalArgumentException("LINGO_PACKING must be on or off, not \"" + v + "\"");
        };
    }

    /** The {@code packing} section of a whole {@code lingo.json}; a misspelt setting is an error. */
    public static PackingSettings fromConfig(JsonNode root) {
        JsonNode p = root == null ? null : root.get("packing");
        if (p == null || p.isNull()) {
            return DEFAULTS;
        }
        if (!p.isObject()) {
            throw new IllegalArgumentException("lingo.json packing must be an object");
        }
        p.fieldNames().forEachRemaining(name -> {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("lingo.json packing: unknown setting \"" + name
                        + "\"; use enabled, maxItems, maxChars, windowMillis");
            }
        });
        JsonNode enabled = p.get("enabled");
        if (enabled != null && !enabled.isBoolean()) {
            throw new IllegalArgumentException("lingo.json packing.enabled must be true or false, not " + enabled);
        }
        return new PackingSettings(enabled == null ? DEFAULTS.enabled : enabled.asBoolean(),
                whole(p, "maxItems", DEFAULTS.maxItems), whole(p, "maxChars", DEFAULTS.maxChars),
                Duration.ofMillis(whole(p, "windowMillis", (int) DEFAULTS.window.toMillis())));
    }

    private static int whole(JsonNode section, String name, int fallback) {
        JsonNode v = section.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 0) {
            throw new IllegalArgumentException("lingo.json packing." + name + " must be a whole number >= 0, not " + v);
        }
        return v.asInt();
    }
}
