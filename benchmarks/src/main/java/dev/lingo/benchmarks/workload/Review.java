package dev.lingo.benchmarks.workload;

import java.util.List;

/** The review as a LangChain4j AI Service returns it: a Java record its JSON Schema is made from. */
public record Review(String product, int stars, Sentiment sentiment, List<String> complaints, String email) {

  /** Lower-case constants, so the schema's enum has the same values as Lingo's union type. */
  public enum Sentiment { positive, negative, mixed }

  public String line() {
    return email + "|" + stars + "|" + sentiment + "|" + (complaints == null ? 0 : complaints.size());
  }
}
