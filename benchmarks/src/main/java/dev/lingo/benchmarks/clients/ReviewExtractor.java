package dev.lingo.benchmarks.clients;

import dev.langchain4j.service.SystemMessage;
import dev.lingo.benchmarks.workload.Review;

/** The LangChain4j AI Service of the benchmarks: the same extraction as Lingo's {@code extract Review from text}. */
public interface ReviewExtractor {

  @SystemMessage("Extract information from the text in the user's message. Use only what the text states; do not guess.")
  Review extract(String text);
}
