package dev.lingo.vm.testing;

import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.Field;
import dev.lingo.vm.types.LingoType.IntType;
import dev.lingo.vm.types.LingoType.ListType;
import dev.lingo.vm.types.LingoType.LiteralUnionType;
import dev.lingo.vm.types.LingoType.NamedType;
import dev.lingo.vm.types.LingoType.OptionalType;
import dev.lingo.vm.types.LingoType.RecordType;
import java.util.List;

/** The types of Lingo's review-triage example, as the language would build them. */
public final class SampleTypes {

    public static final LingoType SENTIMENT =
            new NamedType("Sentiment", new LiteralUnionType(List.of("positive", "negative", "mixed")));

    public static final RecordType REVIEW = new RecordType("Review", List.of(
            new Field("product", LingoType.STRING, null),
            new Field("stars", new IntType(1L, 5L), "what the reviewer would rate it"),
            new Field("sentiment", SENTIMENT, null),
            new Field("complaints", new ListType(LingoType.STRING), null),
            new Field("email", new OptionalType(LingoType.STRING), null)));

    private SampleTypes() {
    }
}
