package dev.lingo.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Source;

/** Reads a program file into a polyglot Source, turning file-system problems into usage errors. */
public final class SourceFiles {
    private SourceFiles() {
    }

    public static Source read(Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageError("`" + file + "` is a directory, not a Lingo source file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageError("file not found: " + file);
        }
        try {
            return Source.newBuilder(LingoContexts.LANGUAGE_ID, file.toFile()).build();
        } catch (IOException e) {
            throw new UsageError("cannot read " + file + ": " + e.getMessage());
        }
    }
}
