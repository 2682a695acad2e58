package dev.lingo.vm.memory;

import dev.lingo.vm.cache.CacheLocation;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a memory lives: {@code .lingo/memory/<name>/} of the project (the folder with
 * {@code lingo.json}, as for the answer cache), else the user's: {@code LINGO_MEMORY_DIR}, else
 * {@code $XDG_DATA_HOME/lingo/memory}, else {@code ~/.local/share/lingo/memory}. Memories are data,
 * not a cache: they go beside the user's data, not among files that may be wiped.
 */
public final class MemoryLocation {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private MemoryLocation() {
    }

    /** @throws MemoryException when {@code name} is not a plain file name (letters, digits, {@code _ . -}) */
    public static Path resolve(Map<String, String> env, Path workingDirectory, String name) {
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            throw new MemoryException("A memory's name is a plain name of letters, digits, _ . and - (at most 64), not \""
                    + name + "\"; it names a folder under .lingo/memory/.");
        }
        return root(env, workingDirectory).resolve(name);
    }

    static Path root(Map<String, String> env, Path workingDirectory) {
        Path project = CacheLocation.projectDirectory(workingDirectory);
        if (project != null) {
            return project.resolve(".lingo").resolve("memory");
        }
        String dir = env.get("LINGO_MEMORY_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg).resolve("lingo").resolve("memory");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "lingo", "memory");
    }
}
