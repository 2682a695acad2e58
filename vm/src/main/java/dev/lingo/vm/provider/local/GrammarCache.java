package dev.lingo.vm.provider.local;

import de.kherud.llama.LlamaModel;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.schema.StructuredSchema;
import java.util.concurrent.ConcurrentHashMap;

/** JSON Schema to llama.cpp GBNF grammar, converted once per distinct schema (a program reuses a few types). */
final class GrammarCache {

    private final ConcurrentHashMap<String, String> byHash = new ConcurrentHashMap<>();

    String grammarFor(StructuredSchema schema) {
        return byHash.computeIfAbsent(schema.hash(), h -> {
            var s = schema.schema().deepCopy();
            s.remove("$schema");
            return LlamaModel.jsonSchemaToGrammar(Json.write(s));
        });
    }
}
