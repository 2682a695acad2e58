package dev.lingo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A guest-language program (resource {@code programs/<name>.<ext>}) evaluated once in its own
 * context. Refuses to run on Truffle's fallback interpreter ({@link TruffleRuntimeCheck}).
 */
final class GuestProgram implements AutoCloseable {
  private final String language;
  private final Engine engine;
  private final Context context;

  private GuestProgram(String language, Engine engine, Context context) {
    this.language = language;
    this.engine = engine;
    this.context = context;
  }

  /** Loads {@code programs/<name>} for language "lingo" or "js". */
  static GuestProgram load(String language, String name) {
    Engine engine = Engine.newBuilder(language).build();
    try {
      TruffleRuntimeCheck.check(engine, language);
      Context context = Context.newBuilder(language).engine(engine).build();
      GuestProgram program = new GuestProgram(language, engine, context);
      context.eval(source(language, name));
      return program;
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /** A top-level function of the program, as the embedding API sees it. */
  Value function(String name) {
    Value function = context.getBindings(language).getMember(name);
    if (function == null || !function.canExecute()) {
      throw new IllegalStateException(language + " program defines no function '" + name + "'");
    }
    return function;
  }

  @Override
  public void close() {
    context.close();
    engine.close();
  }

  private static Source source(String language, String name) {
    String file = "programs/" + name + (language.equals("js") ? ".js" : ".lingo");
    URL url = GuestProgram.class.getResource(file);
    if (url == null) {
      throw new IllegalStateException("missing benchmark program " + file);
    }
    try {
      return Source.newBuilder(language, url).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
