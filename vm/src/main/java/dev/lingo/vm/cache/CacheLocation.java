package dev.lingo.vm.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the answer cache lives. A project (a folder with {@code lingo.json}, found from the
 * working directory upwards) keeps its answers beside its code, in {@code .lingo/cache/}, so they
 * can be shared or wiped with the project. Anything else uses the user's cache:
 * {@code LINGO_CACHE_DIR}, else {@code $XDG_CACHE_HOME/lingo}, else {@code ~/.cache/lingo}.
 */
public final class CacheLocation {

    /** The folder and, for people asking where their answers went, why that one. */
    private record Choice(Path directory, String reason) {
    }

    private CacheLocation() {
    }

    public static Path resolve(Map<String, String> env, Path workingDirectory) {
        return choose(env, workingDirectory).directory();
    }

    /** Why {@link #resolve} picks its folder, e.g. {@code the project cache of /p (it has a lingo.json)}. */
    public static String reason(Map<String, String> env, Path workingDirectory) {
        return choose(env, workingDirectory).reason();
    }

    private static Choice choose(Map<String, String> env, Path workingDirectory) {
        Path project = projectDirectory(workingDirectory);
        if (project != null) {
            return new Choice(project.resolve(".lingo").resolve("cache"),
                    "the project cache of " + project + " (it has a lingo.json)");
        }
        return userCache(env);
    }

    /** The nearest folder from {@code dir} upwards that holds a {@code lingo.json}, or null. */
    public static Path projectDirectory(Path dir) {
        for (Path d = dir == null ? null : dir.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("lingo.json"))) {
                return d;
            }
        }
        return null;
    }

    private static Choice userCache(Map<String, String> env) {
        String dir = env.get("LINGO_CACHE_DIR");
        if (dir != null && !dir.isBlank()) {
            return new Choice(Path.of(dir), "the user cache (LINGO_CACHE_DIR; no lingo.json was found)");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new Choice(Path.of(xdg).resolve("lingo"), "the user cache ($XDG_CACHE_HOME/lingo; no lingo.json was found)");
        }
        return new Choice(Path.of(System.getProperty("user.home"), ".cache", "lingo"),
                "the user cache (~/.cache/lingo; no lingo.json was found)");
    }
}
