package dev.lingo.benchmarks.clients;

import dev.lingo.benchmarks.TruffleRuntimeCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;

/**
 * One Lingo context as an embedder makes it: its own engine, the project folder as working
 * directory (so its lingo.json is read), an environment holding only what a user would export
 * ({@code OPENAI_BASE_URL} at the fake server, a dummy key, {@code LINGO_CACHE_DIR},
 * {@code REVIEWS_FILE}), and the answer cache on, off or refreshing ({@code lingo.Cache}).
 */
public final class LingoSession implements AutoCloseable {

  private final Context context;

  private LingoSession(Context context) {
    this.context = context;
  }

  public static LingoSession open(LingoProject project, URI apiBase, String cacheMode) {
    Engine engine = Engine.newBuilder("lingo").build();
    TruffleRuntimeCheck.check(engine, "lingo");
    Context context = Context.newBuilder("lingo").engine(engine)
        .allowIO(IOAccess.ALL)
        .currentWorkingDirectory(project.dir().toAbsolutePath())
        .environment(Map.of(
            "OPENAI_BASE_URL", apiBase.toString(),
            "OPENAI_API_KEY", "sk-benchmark-not-a-key",
            "LINGO_CACHE_DIR", project.dir().resolve("user-cache").toString(),
            "REVIEWS_FILE", project.inputFile().toAbsolutePath().toString()))
        .option("lingo.Cache", cacheMode)
        .build();
    return new LingoSession(context);
  }

  /** Evaluates benchmark program {@code programs/<name>.lingo} (a class-path resource). */
  public void eval(String name) {
    String file = "/dev/lingo/benchmarks/programs/" + name + ".lingo";
    URL url = LingoSession.class.getResource(file);
    if (url == null) {
      throw new IllegalStateException("missing benchmark program " + file);
    }
    try {
      context.eval(Source.newBuilder("lingo", url).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A top-level name of the evaluated program. */
  public Value global(String name) {
    Value v = context.getBindings("lingo").getMember(name);
    if (v == null) {
      throw new IllegalStateException("the Lingo program defines no '" + name + "'");
    }
    return v;
  }

  @Override
  public void close() {
    Engine engine = context.getEngine();
    context.close();
    engine.close();
  }
}
