package dev.lingo.benchmarks.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A throw-away Lingo project folder: a {@code lingo.json} with the scheduling limit and packing
 * switch of one run, and the input file. With a {@code lingo.json} present the answer cache lives
 * in the project ({@code .lingo/cache/}), so a new project is a cold cache and reusing one is a warm
 * rerun. {@code LINGO_CACHE_DIR} is set to a folder inside it as well, so nothing reaches the
 * user's cache whichever rule applies.
 */
public record LingoProject(Path dir, Path inputFile) {

  /**
   * @param maxConcurrent the {@code limits.openai.maxConcurrent} of lingo.json
   * @param packing       {@code packing.enabled} (ignored by a vm without prompt packing)
   */
  public static LingoProject create(Path parent, String name, int maxConcurrent, boolean packing, List<String> inputs) {
    return create(parent, name, maxConcurrent, packing, null, inputs);
  }

  /** @param schemaInPrompt lingo.json's {@code schemaInPrompt}, or null to leave the choice to Lingo */
  public static LingoProject create(Path parent, String name, int maxConcurrent, boolean packing, Boolean schemaInPrompt,
      List<String> inputs) {
    try {
      Path dir = Files.createDirectories(parent.resolve(name));
      Files.writeString(dir.resolve("lingo.json"), """
          {
            "limits": {"openai": {"maxConcurrent": %d}},
            "packing": {"enabled": %s}%s
          }
          """.formatted(maxConcurrent, packing, schemaInPrompt == null ? "" : ",\n  \"schemaInPrompt\": " + schemaInPrompt));
      Path input = dir.resolve("reviews.txt");
      Files.write(input, inputs);
      return new LingoProject(dir, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path cacheDir() {
    return dir.resolve(".lingo").resolve("cache");
  }
}
