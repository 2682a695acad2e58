package dev.lingo.benchmarks.opcode;

import dev.lingo.benchmarks.clients.LangChain4jClients;
import dev.lingo.benchmarks.clients.LingoProject;
import dev.lingo.benchmarks.clients.LingoSession;
import dev.lingo.benchmarks.clients.ReviewExtractor;
import dev.lingo.benchmarks.clients.TempDirs;
import dev.lingo.benchmarks.workload.BenchServer;
import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import java.nio.file.Path;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * The ways {@link ExtractCallBenchmark} extracts one review, by its {@code impl} parameter:
 * <ul>
 * <li>{@code vmNoHttp}: vm's ModelCaller over {@link InProcessOpenAiProvider} (no network);</li>
 * <li>{@code lingoCacheHit}: a Lingo {@code extract} through the polyglot API, answered by the
 *     answer cache's in-memory LRU (the language, the model machine, the cache key, a re-read and
 *     re-validation of the stored answer; no provider: none can be plugged in through polyglot);</li>
 * <li>{@code vmHttp}: ModelCaller over vm's real OpenAiProvider to the fake server;</li>
 * <li>{@code lingoHttp}: a Lingo {@code extract} with the cache off, to the fake server: the full
 *     call a script makes (language, scheduler, provider, HTTP, parse, validate, ledger);</li>
 * <li>{@code langchain4jHttp}: a LangChain4j AI Service to the same fake server.</li>
 * </ul>
 */
final class ExtractClients {

  interface Client extends AutoCloseable {
    String extractLine(String text);
  }

  private ExtractClients() {}

  static Client open(String impl, ReviewSamples samples) {
    return switch (impl) {
      case "vmNoHttp" -> caller(new ModelCaller(new InProcessOpenAiProvider(samples.responseBodies()),
          PriceTable.builtIn(), TraceSink.NONE), null);
      case "vmHttp" -> {
        BenchServer server = BenchServer.instant();
        OpenAiProvider provider = new OpenAiProvider(Endpoint.of(server.apiBase().toString()));
        yield caller(new ModelCaller(provider, PriceTable.builtIn(), TraceSink.NONE), () -> {
          provider.close();
          server.close();
        });
      }
      case "lingoCacheHit" -> lingo("on", samples.texts);
      case "lingoHttp" -> lingo("off", List.of());
      case "langchain4jHttp" -> {
        BenchServer server = BenchServer.instant();
        ReviewExtractor extractor = LangChain4jClients.extractor(server.apiBase());
        yield new Client() {
          public String extractLine(String text) {
            return extractor.extract(text).line();
          }

          public void close() {
            server.close();
          }
        };
      }
      default -> throw new IllegalArgumentException("unknown impl " + impl);
    };
  }

  private static Client caller(ModelCaller caller, Runnable onClose) {
    return new Client() {
      public String extractLine(String text) {
        ModelRequest request = ModelRequest.forOpcode("gpt-4o-mini", Opcode.extract(OpcodeStepsBenchmark.REVIEW, text),
            null, null, null);
        return ReviewSamples.line(caller.call(request).value());
      }

      public void close() {
        if (onClose != null) {
          onClose.run();
        }
      }
    };
  }

  /** @param warmTexts asked once before measuring, so that (with the cache on) every later call is a hit */
  private static Client lingo(String cacheMode, List<String> warmTexts) {
    BenchServer server = BenchServer.instant();
    Path dir = TempDirs.create("lingo-bench-opcode");
    LingoSession session = LingoSession.open(LingoProject.create(dir, "project", 32, false, List.of()),
        server.apiBase(), cacheMode);
    session.eval("extract_one");
    Value extractLine = session.global("extractLine");
    warmTexts.forEach(extractLine::execute);
    int warmCalls = server.answered();
    return new Client() {
      public String extractLine(String text) {
        return extractLine.execute(text).asString();
      }

      public void close() {
        int calls = server.answered();
        session.close();
        server.close();
        TempDirs.delete(dir);
        if (!warmTexts.isEmpty() && calls != warmCalls) {
          throw new IllegalStateException("the cache-hit benchmark reached the server " + (calls - warmCalls) + " times");
        }
      }
    };
  }
}
