package dev.lingo.vm.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.json.CanonicalJson;
import dev.lingo.vm.types.LingoType;

/** Stable identity of a schema for caches and traces: SHA-256 of its canonical JSON. */
public final class SchemaHash {

    private SchemaHash() {
    }

    public static String of(JsonNode schema) {
        return CanonicalJson.sha256(schema);
    }

    /** The hash of the type's standard (2020-12) schema: the same for every provider. */
    public static String of(LingoType type) {
        return of(JsonSchemaWriter.write(type, SchemaProfile.STANDARD));
    }
}
