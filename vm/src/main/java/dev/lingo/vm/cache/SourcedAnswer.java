package dev.lingo.vm.cache;

import dev.lingo.vm.call.TypedAnswer;

/**
 * A checked answer and where it came from.
 *
 * @param savedCost for {@link AnswerSource#CACHE} and {@link AnswerSource#REPLAY}: US dollars the call
 *                  would have cost (null when unpriced); null for {@link AnswerSource#MODEL}, whose
 *                  cost is in the answer's record
 */
public record SourcedAnswer(TypedAnswer answer, AnswerSource source, Double savedCost) {
}
