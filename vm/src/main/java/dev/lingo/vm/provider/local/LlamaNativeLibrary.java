package dev.lingo.vm.provider.local;

import de.kherud.llama.LlamaModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Unpacks llama.cpp's JNI library from the jar into Lingo's cache once, and points the loader at
 * it. Left to itself the loader unpacks into /tmp on every start, prints a line to standard output
 * (which is the Lingo program's output) and deletes other files named {@code llama*} there.
 */
final class LlamaNativeLibrary {

    static final String VERSION = "4.2.0";
    private static final String LIB_PATH = "de.kherud.llama.lib.path";
    private static final String TMP_DIR = "de.kherud.llama.tmpdir";
    private static boolean prepared;

    private LlamaNativeLibrary() {
    }

    /** Call before the first use of {@link LlamaModel}; harmless when the library is elsewhere or unknown here. */
    static synchronized void prepare() {
        if (prepared || System.getProperty(LIB_PATH) != null) {
            return;
        }
        prepared = true;
        String folder = platformFolder();
        if (folder == null) {
            return; // let the loader report that this platform has no bundled library
        }
        String file = System.mapLibraryName("jllama");
        Path dir = LingoCacheDirs.root(System.getenv()).resolve("native")
                .resolve("jllama-" + VERSION + "-" + folder.replace('/', '-'));
        try (InputStream in = LlamaModel.class.getResourceAsStream("/de/kherud/llama/" + folder + "/" + file)) {
            if (in == null) {
                return;
            }
            Files.createDirectories(dir);
            Path target = dir.resolve(file);
            if (!Files.isRegularFile(target)) {
                Path partial = Files.createTempFile(dir, file, ".part");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
            System.setProperty(LIB_PATH, dir.toString());
            System.setProperty(TMP_DIR, dir.toString());
        } catch (IOException e) {
            // unwritable cache: fall back to the loader's own unpacking
        }
    }

    private static String platformFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osFolder = os.startsWith("linux") ? "Linux" : os.startsWith("mac") ? "Mac" : null;
        String archFolder = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        return osFolder == null || archFolder == null ? null : osFolder + "/" + archFolder;
    }
}
