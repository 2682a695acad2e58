package dev.lingo.examples.embedding;

import java.util.List;

/** A command-line run of {@link ReviewScorer} over a few sample reviews. */
public final class ReviewScorerApp {

    private ReviewScorerApp() {
    }

    public static void main(String[] args) {
        List<Review> reviews = List.of(
                        new Review("Kettle", 5, "Boils fast, looks great."),
                        new Review("Kettle", 2, "Lid arrived broken."),
                        new Review("Lamp", 4, "Warm light, easy to set up."),
                        new Review("Lamp", 4, "Delivery was late but the lamp is fine."),
                        new Review("Toaster", 1, "Stopped working after a week, I want a refund."),
                        new Review("Toaster", 3, "Uneven toast."));
        try (ReviewScorer scorer = new ReviewScorer()) {
            if (args.length > 0) {
                scorer.setAlertBelow(Integer.parseInt(args[0]));
            }
            System.out.printf("Flagging reviews below %d stars or mentioning a problem.%n", scorer.alertBelow());
            for (ProductScore score : scorer.score(reviews)) {
                System.out.printf("%-8s %d reviews, average %.2f%n", score.product(), score.reviews(), score.average());
                for (String text : score.flagged()) {
                    System.out.println("         needs attention: " + text);
                }
            }
        }
    }
}
