package dev.lingo.vm.schedule;

import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.opcode.OpcodeKind;
import dev.lingo.vm.types.LingoType;

/**
 * How many tokens an answer of a given type is expected to take, before any answer of the model
 * was seen (a dry run, the first calls' budget share). The answer is JSON: Bool and null 1 token,
 * a number 3, a label its length (the longest label of a union), a record its field names plus its
 * values plus a few tokens of punctuation, a list {@value #LIST_ELEMENTS} elements. A String that
 * {@code gen} answers on its own is free text ({@value #GEN_STRING} tokens); any other String (a
 * field, an element, what {@code extract} copies out of its text) is {@value #SHORT_STRING} tokens,
 * and never more than the text {@code extract} reads. Non-record answers are wrapped as
 * {@code {"value": …}} (+{@value #WRAPPER}).
 */
public final class AnswerSize {

    static final int GEN_STRING = 256;
    static final int SHORT_STRING = 16;
    static final int LIST_ELEMENTS = 5;
    static final int NUMBER = 3;
    static final int WRAPPER = 5;
    /** Quotes, colon and comma around a field. */
    private static final int PER_FIELD = 3;
    private static final int MAX_DEPTH = 8;

    private AnswerSize() {
    }

    /** Expected answer tokens of {@code op} (or of an answer of {@code type} when there is no opcode). */
    public static long tokens(Opcode op, LingoType type) {
        if (type == null) {
            return GEN_STRING;
        }
        long stringTokens = SHORT_STRING;
        if (op != null && op.kind() == OpcodeKind.EXTRACT) {
            stringTokens = Math.max(1, Math.min(SHORT_STRING, TokenEstimator.textTokens(op.input())));
        }
        boolean freeText = (op == null || op.kind() == OpcodeKind.GEN) && type.resolved() instanceof LingoType.StringType;
        long value = freeText ? GEN_STRING : of(type, stringTokens, 0);
        return type.resolved() instanceof LingoType.RecordType ? value : value + WRAPPER;
    }

    private static long of(LingoType type, long stringTokens, int depth) {
        if (depth > MAX_DEPTH) {
            return stringTokens;
        }
        return switch (type.resolved()) {
            case LingoType.BoolType b -> 1;
            case LingoType.NullType n -> 1;
            case LingoType.IntType i -> NUMBER;
            case LingoType.FloatType f -> NUMBER;
            case LingoType.StringType s -> stringTokens;
            case LingoType.AnyType a -> stringTokens;
            case LingoType.FunctionType f -> stringTokens;
            case LingoType.LiteralUnionType u -> 2 + u.values().stream().mapToLong(TokenEstimator::textTokens).max().orElse(1);
            case LingoType.OptionalType o -> of(o.inner(), stringTokens, depth + 1);
            case LingoType.UnionType u -> u.options().stream().mapToLong(t -> of(t, stringTokens, depth + 1)).max().orElse(1);
            case LingoType.ListType l -> 2 + LIST_ELEMENTS * (1 + of(l.element(), stringTokens, depth + 1));
            case LingoType.RecordType r -> 2 + r.fields().stream()
                    .mapToLong(f -> TokenEstimator.textTokens(f.name()) + PER_FIELD + of(f.type(), stringTokens, depth + 1)).sum();
            // never asked of a model (no JSON Schema), sized like a list in case a dry run meets one
            case LingoType.MapType m -> 2 + LIST_ELEMENTS * (of(m.key(), stringTokens, depth + 1) + of(m.value(), stringTokens, depth + 1));
            case LingoType.SetType s -> 2 + LIST_ELEMENTS * (1 + of(s.element(), stringTokens, depth + 1));
            case LingoType.NamedType n -> stringTokens; // resolved() never returns one
        };
    }
}
