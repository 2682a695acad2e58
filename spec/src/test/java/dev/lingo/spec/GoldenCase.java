package dev.lingo.spec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One program and its expectation: {@code x.lingo} beside {@code x.out} (what a successful run prints) or
 * {@code x.err} (what a failing run prints, followed by its error report).
 *
 * @param source the {@code .lingo} file
 * @param root the directory names and reported paths are relative to
 */
record GoldenCase(Path source, Path root) {

  /** The case's name: its path relative to the root, with forward slashes. */
  String name() {
    return root.relativize(source).toString().replace('\\', '/');
  }

  Path outFile() {
    return sibling(".out");
  }

  Path errFile() {
    return sibling(".err");
  }

  boolean hasOut() {
    return Files.isRegularFile(outFile());
  }

  boolean hasErr() {
    return Files.isRegularFile(errFile());
  }

  private Path sibling(String extension) {
    String file = source.getFileName().toString();
    return source.resolveSibling(file.substring(0, file.length() - ".lingo".length()) + extension);
  }
}
