package dev.lingo.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Finds the cases under a directory, and the expectation files that belong to no case. */
final class GoldenCases {
  /** Directories with this name hold helpers (imported modules, data), not cases. */
  static final String FIXTURES = "fixtures";

  private GoldenCases() {}

  /** Every {@code .lingo} file under {@code root}, except fixtures and {@code excluded}, sorted by path. */
  static List<GoldenCase> find(Path root, Predicate<Path> excluded) {
    return files(root)
        .filter(p -> p.getFileName().toString().endsWith(".lingo"))
        .filter(p -> !inFixtures(root, p) && !excluded.test(p))
        .map(p -> new GoldenCase(p, root))
        .toList();
  }

  /** Problems that make the layout ambiguous: orphan expectations and cases with two expectations. */
  static List<String> hygieneProblems(Path root, Predicate<Path> excluded) {
    List<String> problems = new ArrayList<>();
    files(root).filter(p -> !excluded.test(p)).forEach(p -> {
      String name = p.getFileName().toString();
      String rel = root.relativize(p).toString().replace('\\', '/');
      boolean expectation = name.endsWith(".out") || name.endsWith(".err");
      if (expectation) {
        Path source = p.resolveSibling(name.substring(0, name.length() - 4) + ".lingo");
        if (!Files.isRegularFile(source)) {
          problems.add(rel + ": expectation without a .lingo program");
        } else if (inFixtures(root, p)) {
          problems.add(rel + ": expectation inside a fixtures directory (fixtures are not cases)");
        }
      }
      if (name.endsWith(".lingo") && !inFixtures(root, p)) {
        GoldenCase c = new GoldenCase(p, root);
        if (c.hasOut() && c.hasErr()) {
          problems.add(rel + ": has both .out and .err; keep exactly one");
        }
      }
    });
    return problems;
  }

  private static boolean inFixtures(Path root, Path file) {
    for (Path part : root.relativize(file.getParent() == null ? root : file.getParent())) {
      if (part.toString().equals(FIXTURES)) {
        return true;
      }
    }
    return false;
  }

  private static Stream<Path> files(Path root) {
    if (!Files.isDirectory(root)) {
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
