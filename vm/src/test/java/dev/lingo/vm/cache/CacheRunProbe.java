package dev.lingo.vm.cache;

import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.trace.PriceTable;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's use of the cache in a child JVM, for {@link CacheDiskTest}: opens the cache in
 * {@code args[0]} as a run does and follows the commands after it: {@code get:NAME},
 * {@code put:NAME}, and {@code fill-disk} (from then on no file of this process may grow: the
 * file-size limit, {@code setrlimit(RLIMIT_FSIZE)}, is set to the cache files' current size, so
 * writes fail as on a full disk). Prints one line per command, then each warning as {@code warning: ...}.
 */
public final class CacheRunProbe {

    private static final int RLIMIT_FSIZE = 1; // Linux and macOS

    public static void main(String[] args) throws Throwable {
        Path dir = Path.of(args[0]);
        List<String> warnings = new ArrayList<>();
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(dir).withMemoryEntries(0), PriceTable.empty(), warnings::add)) {
            for (int i = 1; i < args.length; i++) {
                String[] command = args[i].split(":", 2);
                switch (command[0]) {
                    case "get" -> System.out.println("get " + command[1] + ": "
                            + cache.lookup(CacheFixtures.key(command[1])).map(h -> h.answer().answer()).orElse("miss"));
                    case "put" -> System.out.println("put " + command[1] + ": " + cache.store(CacheFixtures.key(command[1]),
                            new CachedAnswer("openai", "gpt-4o-mini", "answer " + command[1], new Usage(1, 1, 0, 0), Instant.now(), "q")));
                    case "fill-disk" -> System.out.println("fill-disk: " + limitFileSize(dir));
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        }
        warnings.forEach(w -> System.out.println("warning: " + w));
    }

    private static long limitFileSize(Path dir) throws Throwable {
        long bytes = 0;
        for (String name : List.of(CacheSettings.FILE_NAME, CacheSettings.FILE_NAME + "-wal")) {
            Path f = dir.resolve(name);
            bytes = Math.max(bytes, Files.exists(f) ? Files.size(f) : 0);
        }
        Linker linker = Linker.nativeLinker();
        MethodHandle setrlimit = linker.downcallHandle(linker.defaultLookup().find("setrlimit").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment limit = arena.allocate(2 * Long.BYTES);
            limit.set(ValueLayout.JAVA_LONG, 0, bytes);
            limit.set(ValueLayout.JAVA_LONG, Long.BYTES, bytes);
            if ((int) setrlimit.invokeExact(RLIMIT_FSIZE, limit) != 0) {
                throw new IllegalStateException("setrlimit failed");
            }
        }
        return bytes;
    }
}
