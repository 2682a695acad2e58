package dev.lingo.vm.batch;

import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.call.TypedAnswer;

/** What a batch job did for one item. */
public sealed interface BatchOutcome {

    /** A checked answer, already stored in the answer cache. */
    record Answered(TypedAnswer answer) implements BatchOutcome {
    }

    /** No usable answer (the line failed, was missing or did not fit): ask the normal way. */
    record AskAgain(String why) implements BatchOutcome {
    }

    /** The item's job failed as a whole. */
    record Failed(ModelCallException error) implements BatchOutcome {
    }
}
