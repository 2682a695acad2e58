package dev.lingo.vm.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelAnswerableTest {

    @Test
    void dataTypesAreAnswerable() {
        assertEquals(Optional.empty(), ModelAnswerable.functionIn(SampleTypes.REVIEW));
        assertEquals(Optional.empty(), ModelAnswerable.functionIn(LingoType.ANY));
    }

    @Test
    void aFunctionIsFoundWhereverItHides() {
        assertEquals(Optional.of(""), ModelAnswerable.functionIn(LingoType.FUNCTION));
        var task = new RecordType("Task", List.of(new Field("name", LingoType.STRING, null),
                new Field("run", new OptionalType(new UnionType(List.of(LingoType.INT, LingoType.FUNCTION))), null)));
        assertEquals(Optional.of("run"), ModelAnswerable.functionIn(new NamedType("Task", task)));
        var plan = new RecordType(null, List.of(new Field("steps", new ListType(task), null)));
        assertEquals(Optional.of("steps[].run"), ModelAnswerable.functionIn(plan));
    }
}
