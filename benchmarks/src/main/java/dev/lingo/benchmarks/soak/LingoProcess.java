package dev.lingo.benchmarks.soak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/lingo} as a child process in a project folder, with only what a user would export: the
 * fake server as {@code OPENAI_BASE_URL}, a key, and the project's own cache folder. Output goes to
 * {@code out-NAME.txt} and {@code err-NAME.txt} in the folder.
 */
record LingoProcess(Path lingo, Path project, URI apiBase) {

  /** The model's timeout as the script in the resources has it. */
  private static final String SCRIPT_TIMEOUT = "timeoutSeconds: 2}";

  /**
   * Writes the soak script, its model's {@code timeoutSeconds} set to {@code timeout}, and a
   * {@code lingo.json} with {@code config} into the project folder.
   */
  static LingoProcess project(Path lingo, Path project, URI apiBase, String config, Duration timeout) {
    String script = script();
    if (!script.contains(SCRIPT_TIMEOUT)) {
      throw new IllegalStateException("the soak script no longer says " + SCRIPT_TIMEOUT);
    }
    try {
      Files.createDirectories(project);
      Files.writeString(project.resolve("lingo.json"), config);
      Files.writeString(project.resolve("soak.lingo"), script.replace(SCRIPT_TIMEOUT, "timeoutSeconds: " + timeout.toSeconds() + "}"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LingoProcess(lingo, project, apiBase);
  }

  static String script() {
    try (InputStream in = LingoProcess.class.getResourceAsStream("/dev/lingo/benchmarks/soak/fault_soak.lingo")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts {@code lingo ARGS}; its output goes to {@link #out} and {@link #err} of {@code name}. */
  Process start(String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(lingo.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile())
        .redirectOutput(out(name).toFile()).redirectError(err(name).toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("OPENAI") || k.startsWith("ANTHROPIC") || k.startsWith("LINGO") || k.equals("OLLAMA_HOST"));
    env.put("OPENAI_BASE_URL", apiBase.toString());
    env.put("OPENAI_API_KEY", "sk-soak-not-a-key");
    env.put("LINGO_CACHE_DIR", project.resolve("cache").toString());
    return pb.start();
  }

  /** Starts {@code lingo run --progress off soak.lingo ITEMS}. */
  Process run(String name, int items) throws IOException {
    return start(name, "run", "--progress", "off", "soak.lingo", String.valueOf(items));
  }

  Path out(String name) {
    return project.resolve("out-" + name + ".txt");
  }

  Path err(String name) {
    return project.resolve("err-" + name + ".txt");
  }

  /** kill -9 of the process and what it started (the launcher script's JVM). */
  static void killHard(Process p) {
    p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
  }
}
