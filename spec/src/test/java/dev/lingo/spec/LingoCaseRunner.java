package dev.lingo.spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs one program the way an embedder would: a fresh {@link Context} per program (on an engine shared for
 * speed), stdout and stderr captured into one stream, the source built from its file so relative imports
 * resolve beside it. A program that runs too long is cancelled and reported as failed.
 */
final class LingoCaseRunner implements AutoCloseable {
  private final Engine engine = Engine.newBuilder("lingo").build();
  private final long timeoutMillis;

  LingoCaseRunner(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * @param file the program
   * @param workDir the context's working directory (where relative file paths in the program point)
   * @param roots directories that reported paths are made relative to
   */
  LingoRun run(Path file, Path workDir, List<Path> roots) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    AtomicReference<Context> context = new AtomicReference<>();
    AtomicReference<LingoRun> result = new AtomicReference<>();
    Thread worker = new Thread(() -> result.set(evaluate(file, workDir, roots, captured, context)), "lingo-case");
    worker.start();
    try {
      worker.join(timeoutMillis);
      if (worker.isAlive()) {
        Context running = context.get();
        if (running != null) {
          running.close(true); // cancels the guest code
        }
        worker.join(10_000);
        return new LingoRun(true, text(captured, roots) + "TIMEOUT: still running after " + timeoutMillis + " ms\n");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + file, e);
    }
    return result.get();
  }

  private LingoRun evaluate(
      Path file, Path workDir, List<Path> roots, ByteArrayOutputStream captured, AtomicReference<Context> holder) {
    // The same permissions the command-line launcher grants a script.
    try (Context context = Context.newBuilder("lingo")
        .engine(engine)
        .in(java.io.InputStream.nullInputStream()) // no case reads the surefire fork's own stdin
        .out(captured)
        .err(captured)
        .allowAllAccess(true)
        // Golden output must not depend on the machine: always the offline default model.
        .environment("LINGO_MODEL", "offline")
        // memory("…") keeps its folders inside the case's own working directory, never in the user's data
        .environment("LINGO_MEMORY_DIR", workDir.resolve(".memory").toString())
        .currentWorkingDirectory(workDir)
        .build()) {
      holder.set(context);
      try {
        context.eval(Source.newBuilder("lingo", file.toFile()).build());
        return new LingoRun(false, text(captured, roots));
      } catch (PolyglotException e) {
        if (e.isCancelled()) {
          return new LingoRun(true, text(captured, roots) + "CANCELLED\n");
        }
        String before = text(captured, roots);
        String separator = before.isEmpty() || before.endsWith("\n") ? "" : "\n";
        return new LingoRun(true, before + separator + ErrorReport.format(e, roots));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PolyglotException e) {
      // Thrown by close() after a cancel, or by a failing context shutdown.
      return new LingoRun(true, text(captured, roots) + ErrorReport.format(e, roots));
    }
  }

  private static String text(ByteArrayOutputStream captured, List<Path> roots) {
    String raw = captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    return ErrorReport.relativize(raw, roots);
  }

  @Override
  public void close() {
    engine.close();
  }
}
