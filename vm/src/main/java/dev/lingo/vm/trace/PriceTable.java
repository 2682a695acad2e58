package dev.lingo.vm.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Usage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices per model, from JSON such as
 * {@code {"gpt-4o-mini": {"input": 0.15, "output": 0.6, "cached_input": 0.075}, "ollama/*": {"input": 0, "output": 0}}}
 * (US dollars per million tokens). A key is a model id, optionally prefixed by a provider name
 * ({@code openai/gpt-4o}); a trailing {@code *} matches any model id that starts with the rest.
 * Lookup prefers provider-qualified over plain keys, and exact over the longest prefix.
 * Cached input defaults to the input price; cache writes too. Keys starting with {@code _} are comments.
 */
public final class PriceTable {

    private static final String BUILT_IN = "default-prices.json";

    private final Map<String, ModelPrice> prices;

    private PriceTable(Map<String, ModelPrice> prices) {
        this.prices = Map.copyOf(prices);
    }

    public static PriceTable empty() {
        return new PriceTable(Map.of());
    }

    /** List prices bundled with Lingo (see the resource for their date); a config file should override them. */
    public static PriceTable builtIn() {
        try (InputStream in = PriceTable.class.getResourceAsStream(BUILT_IN)) {
            return fromJson(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PriceTable load(Path file) throws IOException {
        return fromJson(Json.parse(Files.readString(file)));
    }

    public static PriceTable fromJson(JsonNode json) {
        Map<String, ModelPrice> prices = new LinkedHashMap<>();
        for (var entry : json.properties()) {
            if (entry.getKey().startsWith("_")) {
                continue;
            }
            JsonNode p = entry.getValue();
            if (!p.path("input").isNumber() || !p.path("output").isNumber()) {
                throw new IllegalArgumentException("price of '" + entry.getKey() + "' needs numeric 'input' and 'output'");
            }
            double input = p.get("input").asDouble();
            prices.put(entry.getKey(), new ModelPrice(input, p.get("output").asDouble(),
                    p.path("cached_input").asDouble(input), p.path("cache_write").asDouble(input)));
        }
        return new PriceTable(prices);
    }

    /** This table with {@code overrides}' entries added or replaced. */
    public PriceTable with(PriceTable overrides) {
        Map<String, ModelPrice> merged = new LinkedHashMap<>(prices);
        merged.putAll(overrides.prices);
        return new PriceTable(merged);
    }

    public Optional<ModelPrice> lookup(String provider, String model) {
        String qualified = provider + "/" + model;
        for (String key : new String[] {qualified, model}) {
            if (prices.containsKey(key)) {
                return Optional.of(prices.get(key));
            }
        }
        for (String id : new String[] {qualified, model}) {
            String best = null;
            for (String key : prices.keySet()) {
                if (key.endsWith("*") && id.startsWith(key.substring(0, key.length() - 1))
                        && (best == null || key.length() > best.length())) {
                    best = key;
                }
            }
            if (best != null) {
                return Optional.of(prices.get(best));
            }
        }
        return Optional.empty();
    }

    /** The cost in US dollars, or null when the model has no price. */
    public Double cost(String provider, String model, Usage usage) {
        return lookup(provider, model).map(price -> price.cost(usage)).orElse(null);
    }
}
