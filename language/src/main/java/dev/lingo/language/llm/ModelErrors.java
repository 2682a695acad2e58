package dev.lingo.language.llm;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.machine.AccessDeniedException;

/** Failures of model calls as Lingo errors, raised where the opcode's value is read. */
final class ModelErrors {

    private ModelErrors() {
    }

    static RuntimeException toLingo(Throwable failure, Node node) {
        if (failure instanceof InvalidAnswerException e) {
            LingoRecord data = new LingoRecord(RecordShape.of("field", "expected", "raw", "attempts"),
                            new Object[]{e.field() == null ? "" : e.field(), e.expected() == null ? "" : e.expected(),
                                            e.rawAnswer() == null ? "" : e.rawAnswer(), (long) e.attempts()});
            return new LingoError(e.kind(), e.getMessage(), data, node);
        } else if (failure instanceof ModelCallException e) {
            return new LingoError(e.kind(), e.getMessage(), null, node);
        } else if (failure instanceof AccessDeniedException) {
            return LingoError.of("AccessError", failure.getMessage(), node);
        } else if (failure instanceof IllegalArgumentException || failure instanceof UnsupportedOperationException
                        || failure instanceof IllegalStateException) {
            return LingoError.of("ModelConfigError", failure.getMessage(), node);
        } else if (failure instanceof InterruptedException) {
            return LingoError.of("ModelProviderError", "interrupted while waiting for the model", node);
        } else if (failure instanceof RuntimeException e) {
            return e;
        }
        return new RuntimeException(failure);
    }
}
