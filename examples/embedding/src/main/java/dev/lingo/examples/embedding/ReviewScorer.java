package dev.lingo.examples.embedding;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores reviews with the rules in {@code review-scoring.lingo}: the business rules live in a script,
 * the service around them stays Java. A polyglot {@link Context} is single-threaded, so one scorer
 * serves one thread at a time; create one per worker thread if several score at once.
 */
public final class ReviewScorer implements AutoCloseable {

    static final String SCRIPT = "review-scoring.lingo";

    private final Context context;
    private final Value scoreAll;

    public ReviewScorer() {
        // Java maps and lists must be readable by the script; nothing else of the host is exposed.
        HostAccess access = HostAccess.newBuilder()
                        .allowListAccess(true)
                        .allowMapAccess(true)
                        .build();
        context = Context.newBuilder("lingo").allowHostAccess(access).build();
        context.eval(loadScript());
        // Top-level functions of the script are the language's bindings.
        scoreAll = context.getBindings("lingo").getMember("scoreAll");
    }

    /** Reviews below this many stars are flagged (the script's {@code var alertBelow}). */
    public void setAlertBelow(int stars) {
        context.getBindings("lingo").putMember("alertBelow", stars);
    }

    public int alertBelow() {
        return context.getBindings("lingo").getMember("alertBelow").asInt();
    }

    /** One score per product, worst average first. */
    public List<ProductScore> score(List<Review> reviews) {
        List<Object> rows = new ArrayList<>(reviews.size());
        for (Review review : reviews) {
            rows.add(review.asMap());
        }
        Value summaries = scoreAll.execute(rows);
        List<ProductScore> scores = new ArrayList<>();
        for (long i = 0; i < summaries.getArraySize(); i++) {
            scores.add(toScore(summaries.getArrayElement(i)));
        }
        return scores;
    }

    private static ProductScore toScore(Value summary) {
        Value flagged = summary.getMember("flagged");
        List<String> texts = new ArrayList<>();
        for (long i = 0; i < flagged.getArraySize(); i++) {
            texts.add(flagged.getArrayElement(i).asString());
        }
        return new ProductScore(
                        summary.getMember("product").asString(),
                        summary.getMember("reviews").asInt(),
                        summary.getMember("average").asDouble(),
                        List.copyOf(texts));
    }

    private static Source loadScript() {
        URL url = Objects.requireNonNull(ReviewScorer.class.getResource(SCRIPT), SCRIPT + " is not on the class path");
        try {
            // Built from a URL, the source keeps its name: error messages and stack frames point into it.
            return Source.newBuilder("lingo", url).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
