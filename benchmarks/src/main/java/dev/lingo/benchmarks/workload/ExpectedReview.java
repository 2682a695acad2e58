package dev.lingo.benchmarks.workload;

import java.util.List;

/**
 * What review i says, as the fake model answers it and as every client must get it back. The same
 * shape as Lingo's {@code Review} type and LangChain4j's {@link Review} record.
 */
public record ExpectedReview(String product, int stars, String sentiment, List<String> complaints, String email) {

  private static final String[] SENTIMENTS = {"positive", "negative", "mixed"};

  public static ExpectedReview of(int i) {
    String sentiment = SENTIMENTS[i % SENTIMENTS.length];
    List<String> complaints = switch (sentiment) {
      case "negative" -> List.of("broke after a week", "support never answered");
      case "mixed" -> List.of("lid sticks", "loud");
      default -> List.of();
    };
    return new ExpectedReview(ReviewTexts.PRODUCTS[i % ReviewTexts.PRODUCTS.length], 1 + i % 5, sentiment,
        complaints, "buyer" + i + "@example.com");
  }

  /** One line per review, as the Lingo benchmark script prints it and Java clients format theirs. */
  public String line() {
    return email + "|" + stars + "|" + sentiment + "|" + complaints.size();
  }
}
