package dev.lingo.vm.provider.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Named downloadable models: the built-in list ({@code model-catalogue.json}) plus any the user adds. */
public final class ModelCatalogue {

    private final Map<String, CatalogueEntry> entries = new LinkedHashMap<>();

    public ModelCatalogue(List<CatalogueEntry> list) {
        for (CatalogueEntry e : list) {
            entries.put(e.name(), e);
        }
    }

    public static ModelCatalogue builtIn() {
        try (InputStream in = ModelCatalogue.class.getResourceAsStream("model-catalogue.json")) {
            return fromJson(Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in model catalogue is unreadable", e);
        }
    }

    /** A catalogue file has the built-in file's shape: {@code {"models": [{name, url, file, size?, sha256?, description?}]}}. */
    public static ModelCatalogue load(Path file) throws IOException {
        return fromJson(Json.parse(Files.readString(file)));
    }

    public static ModelCatalogue fromJson(JsonNode json) {
        List<CatalogueEntry> list = new ArrayList<>();
        for (JsonNode m : json.path("models")) {
            list.add(new CatalogueEntry(m.path("name").asText(), URI.create(m.path("url").asText()),
                    m.path("file").asText(), m.hasNonNull("size") ? m.get("size").asLong() : null,
                    m.hasNonNull("sha256") ? m.get("sha256").asText() : null, m.path("description").asText("")));
        }
        return new ModelCatalogue(list);
    }

    /** This catalogue with {@code other}'s entries added (they win on equal names). */
    public ModelCatalogue plus(ModelCatalogue other) {
        List<CatalogueEntry> all = new ArrayList<>(entries.values());
        all.addAll(other.entries.values());
        return new ModelCatalogue(all);
    }

    public Optional<CatalogueEntry> find(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** The entry, or an error that lists the names there are. */
    public CatalogueEntry require(String name) {
        return find(name).orElseThrow(() -> new ModelPullException("no model named '" + name + "' in the catalogue; known: "
                + String.join(", ", entries.keySet())));
    }

    public List<CatalogueEntry> entries() {
        return List.copyOf(entries.values());
    }
}
