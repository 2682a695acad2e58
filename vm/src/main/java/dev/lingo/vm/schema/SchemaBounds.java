package dev.lingo.vm.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.types.LingoType.FloatType;
import dev.lingo.vm.types.LingoType.IntType;

/** Numeric range keywords to Lingo's inclusive bounds; exclusive bounds move one step inwards. */
final class SchemaBounds {

    private SchemaBounds() {
    }

    static IntType intType(JsonNode s) {
        Long min = s.has("minimum") ? ceil(s.get("minimum")) : null;
        Long max = s.has("maximum") ? floor(s.get("maximum")) : null;
        if (s.has("exclusiveMinimum")) {
            long exclusive = floor(s.get("exclusiveMinimum")) + 1;
            min = min == null ? exclusive : Math.max(min, exclusive);
        }
        if (s.has("exclusiveMaximum")) {
            long exclusive = ceil(s.get("exclusiveMaximum")) - 1;
            max = max == null ? exclusive : Math.min(max, exclusive);
        }
        return new IntType(min, max);
    }

    // Integral bounds are read exactly: a double cannot hold every long.
    private static long ceil(JsonNode n) {
        return n.canConvertToExactIntegral() ? n.asLong() : (long) Math.ceil(n.asDouble());
    }

    private static long floor(JsonNode n) {
        return n.canConvertToExactIntegral() ? n.asLong() : (long) Math.floor(n.asDouble());
    }

    static FloatType floatType(JsonNode s) {
        Double min = s.has("minimum") ? s.get("minimum").asDouble() : null;
        Double max = s.has("maximum") ? s.get("maximum").asDouble() : null;
        if (s.has("exclusiveMinimum")) {
            double exclusive = Math.nextUp(s.get("exclusiveMinimum").asDouble());
            min = min == null ? exclusive : Math.max(min, exclusive);
        }
        if (s.has("exclusiveMaximum")) {
            double exclusive = Math.nextDown(s.get("exclusiveMaximum").asDouble());
            max = max == null ? exclusive : Math.min(max, exclusive);
        }
        return new FloatType(min, max);
    }
}
