package dev.lingo.vm.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelAnswerableTest {

    private static Optional<String> pathOf(LingoType type) {
        return ModelAnswerable.find(type).map(ModelAnswerable.Unanswerable::path);
    }

    @Test
    void dataTypesAreAnswerable() {
        assertEquals(Optional.empty(), ModelAnswerable.find(SampleTypes.REVIEW));
        assertEquals(Optional.empty(), ModelAnswerable.find(LingoType.ANY));
    }

    @Test
    void aFunctionIsFoundWhereverItHides() {
        assertEquals(Optional.of(""), pathOf(LingoType.FUNCTION));
        var task = new RecordType("Task", List.of(new Field("name", LingoType.STRING, null),
                new Field("run", new OptionalType(new UnionType(List.of(LingoType.INT, LingoType.FUNCTION))), null)));
        assertEquals(Optional.of("run"), pathOf(new NamedType("Task", task)));
        var plan = new RecordType(null, List.of(new Field("steps", new ListType(task), null)));
        assertEquals(Optional.of("steps[].run"), pathOf(plan));
        assertEquals("a function (Fn)", ModelAnswerable.find(plan).orElseThrow().what());
    }

    @Test
    void mapsAndSetsAreFoundWithTheWayAroundThem() {
        var stock = new RecordType("Stock", List.of(new Field("shop", LingoType.STRING, null),
                new Field("counts", new MapType(LingoType.STRING, LingoType.INT), null)));
        var map = ModelAnswerable.find(new ListType(stock)).orElseThrow();
        assertEquals("counts", map.path());
        assertEquals("a Map", map.what());
        assertEquals("ask for a list of {key, value} records and call toMap() on it", map.instead());
        var set = ModelAnswerable.find(new SetType(LingoType.STRING)).orElseThrow();
        assertEquals("", set.path());
        assertEquals("a Set", set.what());
    }
}
