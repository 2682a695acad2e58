/**
 * An example of embedding Lingo in a Java service: {@link dev.lingo.examples.embedding.ReviewScorer} loads
 * {@code review-scoring.lingo} from the class path, hands it Java data and reads its results back as
 * polyglot {@link org.graalvm.polyglot.Value}s; {@link dev.lingo.examples.embedding.ReviewScorerApp} runs it
 * from the command line.
 */
package dev.lingo.examples.embedding;
