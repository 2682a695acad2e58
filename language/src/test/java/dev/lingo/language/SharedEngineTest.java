package dev.lingo.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** One engine, many contexts (a server's setup): the same code keeps each context's globals apart. */
class SharedEngineTest {

    @Test
    void theSameSourceInTwoContextsSeesItsOwnGlobals() {
        Source define = Source.create("lingo", "var hits = 0\nfn hit() { hits += 1; hits }");
        Source call = Source.create("lingo", "hit()");
        try (Engine engine = Engine.create("lingo")) {
            try (Context a = Context.newBuilder("lingo").engine(engine).build();
                            Context b = Context.newBuilder("lingo").engine(engine).build()) {
                a.eval(define);
                b.eval(define);
                for (int i = 1; i <= 3; i++) {
                    assertEquals(i, a.eval(call).asLong());
                }
                assertEquals(1, b.eval(call).asLong());
                assertEquals(4, a.eval(call).asLong());
            }
        }
    }
}
