package dev.lingo.benchmarks.opcode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.answer.AnswerReader;
import dev.lingo.vm.answer.ValidationResult;
import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import dev.lingo.vm.types.LingoType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3 item 8: what one {@code extract Review from text} costs the model machine without the
 * network, step by step, and whole ({@code opcodeWithoutHttp}: {@link ModelCaller} over
 * {@link InProcessOpenAiProvider}: render the prompt, build the strict schema and its hash, build
 * and serialise the request body, parse the response body, parse the answer leniently, validate
 * it against the type, cost it and make its trace record). Target: at most 50 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class OpcodeStepsBenchmark {
  static final LingoType REVIEW = SampleTypes.REVIEW;

  private ReviewSamples samples;
  private String[] answers;
  private StructuredSchema schema;
  private ModelCaller caller;

  @Setup
  public void setUp() {
    samples = new ReviewSamples();
    schema = StructuredSchema.forAnswer(REVIEW, SchemaProfile.OPENAI_STRICT);
    answers = new String[ReviewSamples.COUNT];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = dev.lingo.benchmarks.workload.FakeReviewModel.answer(samples.texts.get(i));
    }
    caller = new ModelCaller(new InProcessOpenAiProvider(samples.responseBodies()), PriceTable.builtIn(), TraceSink.NONE);
  }

  /** The system + user messages (PromptRenderer, which writes the type's schema into the prompt). */
  @Benchmark
  public ModelRequest renderPrompt() {
    return ModelRequest.forOpcode("gpt-4o-mini", Opcode.extract(REVIEW, samples.texts.get(samples.next())), null, null, null);
  }

  /** The OpenAI-strict JSON Schema sent as response_format, with its SHA-256. */
  @Benchmark
  public StructuredSchema buildSchema() {
    return StructuredSchema.forAnswer(REVIEW, SchemaProfile.OPENAI_STRICT);
  }

  /** Lenient parse of the model's text and validation against the type. */
  @Benchmark
  public JsonNode parseAndValidate() {
    int i = samples.next();
    ValidationResult result = AnswerReader.read(answers[i], REVIEW, schema);
    samples.check(i, ReviewSamples.line(result.value()));
    return result.value();
  }

  /** All of the above and everything else ModelCaller does, minus HTTP. */
  @Benchmark
  public String opcodeWithoutHttp() {
    int i = samples.next();
    ModelRequest request = ModelRequest.forOpcode("gpt-4o-mini", Opcode.extract(REVIEW, samples.texts.get(i)), null, null, null);
    return samples.check(i, ReviewSamples.line(caller.call(request).value()));
  }
}
