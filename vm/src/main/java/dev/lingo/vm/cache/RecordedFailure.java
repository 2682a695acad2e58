package dev.lingo.vm.cache;

import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.answer.ValidationError;
import dev.lingo.vm.provider.ProviderException;
import java.util.List;

/**
 * A failed call as a recording keeps it: enough to raise the same error, with the same kind and
 * message (and for a misfit answer the same field, type and raw text), when the run is replayed.
 * A provider failure replays as a {@link ProviderException}, so a fallback chain takes the same path.
 *
 * @param provider   set for provider failures
 * @param status     the HTTP status of a provider failure, 0 if none
 * @param answerType set for answers that did not fit their type, with {@code errors}, {@code rawAnswer}, {@code attempts}
 */
public record RecordedFailure(String kind, String message, String provider, int status, String answerType,
                              List<ValidationError> errors, String rawAnswer, int attempts) {

    public RecordedFailure {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static RecordedFailure of(ModelCallException e) {
        return switch (e) {
            case InvalidAnswerException i -> new RecordedFailure(i.kind(), i.getMessage(), null, 0, i.answerType(),
                    i.errors(), i.rawAnswer(), i.attempts());
            case ProviderException p -> new RecordedFailure(p.kind(), p.getMessage(), p.provider(), p.status(), null,
                    List.of(), null, 0);
            default -> new RecordedFailure(e.kind(), e.getMessage(), null, 0, null, List.of(), null, 0);
        };
    }

    /** The error the original call raised, rebuilt. */
    public ModelCallException toException() {
        if (answerType != null && !errors.isEmpty()) {
            return new InvalidAnswerException(answerType, errors, rawAnswer, attempts);
        }
        if (provider != null) {
            return new ReplayedProviderException(provider, kind, message, status);
        }
        return new ReplayedFailureException(kind, message);
    }
}
