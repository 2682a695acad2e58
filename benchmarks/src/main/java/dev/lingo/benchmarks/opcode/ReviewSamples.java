package dev.lingo.benchmarks.opcode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.benchmarks.workload.ChatCompletionBody;
import dev.lingo.benchmarks.workload.ExpectedReview;
import dev.lingo.benchmarks.workload.FakeReviewModel;
import dev.lingo.benchmarks.workload.ReviewTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs the opcode benchmarks cycle through (64 different reviews, so no layer can answer
 * from a one-entry memo), each one's expected result line, and canned response bodies.
 */
final class ReviewSamples {
  static final int COUNT = 64;

  final List<String> texts = ReviewTexts.texts(COUNT);
  final String[] expected = new String[COUNT];
  private int next;

  ReviewSamples() {
    for (int i = 0; i < COUNT; i++) {
      expected[i] = ExpectedReview.of(i).line();
    }
  }

  /** The index of the next sample, cycling. */
  int next() {
    int i = next;
    next = (i + 1) % COUNT;
    return i;
  }

  /** What the fake model answers to each text, as a whole Chat Completions body. */
  Map<String, String> responseBodies() {
    Map<String, String> bodies = new HashMap<>();
    for (String text : texts) {
      bodies.put(text, ChatCompletionBody.of("gpt-4o-mini", FakeReviewModel.answer(text), 300));
    }
    return bodies;
  }

  /** The line of a validated vm answer, in ExpectedReview's format. */
  static String line(JsonNode v) {
    return v.get("email").asText() + "|" + v.get("stars").asLong() + "|" + v.get("sentiment").asText() + "|"
        + v.get("complaints").size();
  }

  String check(int i, String actual) {
    if (!expected[i].equals(actual)) {
      throw new IllegalStateException("review " + i + ": expected " + expected[i] + ", got " + actual);
    }
    return actual;
  }
}
