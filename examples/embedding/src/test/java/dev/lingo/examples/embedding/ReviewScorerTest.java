package dev.lingo.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The example end to end: Java reviews in, the script's rules applied, Java records out. */
class ReviewScorerTest {

    private final ReviewScorer scorer = new ReviewScorer();

    private static final List<Review> REVIEWS = List.of(
                    new Review("Kettle", 5, "Boils fast."),
                    new Review("Kettle", 2, "Lid arrived BROKEN."),
                    new Review("Lamp", 4, "Nice light."),
                    new Review("Lamp", 3, "Good, but delivery was late."),
                    new Review("Lamp", 5, "Perfect."));

    @AfterEach
    void close() {
        scorer.close();
    }

    @Test
    void scoresEachProductWorstFirst() {
        List<ProductScore> scores = scorer.score(REVIEWS);
        assertEquals(List.of("Kettle", "Lamp"), scores.stream().map(ProductScore::product).toList());
        assertEquals(new ProductScore("Kettle", 2, 3.5, List.of("Lid arrived BROKEN.")), scores.get(0));
        assertEquals(3, scores.get(1).reviews());
        assertEquals(4.0, scores.get(1).average(), 1e-9);
        assertEquals(List.of("Good, but delivery was late."), scores.get(1).flagged());
    }

    @Test
    void alertThresholdIsAScriptVariableJavaCanSet() {
        assertEquals(3, scorer.alertBelow());
        scorer.setAlertBelow(5);
        assertEquals(5, scorer.alertBelow());
        List<ProductScore> scores = scorer.score(REVIEWS);
        assertEquals(List.of("Nice light.", "Good, but delivery was late."), scores.get(1).flagged());
    }

    @Test
    void noReviewsNoScores() {
        assertEquals(List.of(), scorer.score(List.of()));
    }
}
