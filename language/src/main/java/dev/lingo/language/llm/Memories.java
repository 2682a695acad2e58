package dev.lingo.language.llm;

import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.vm.memory.MemoryException;
import dev.lingo.vm.memory.MemoryLocation;
import dev.lingo.vm.memory.MemoryStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The memories a context opened, one store per folder (two {@code memory("kb")} share it), closed
 * when the context is. Lucene reads and writes its folder with NIO directly, not through Truffle's
 * file system, so a context without file access gets no memory at all.
 */
public final class Memories {

    /** How long a remember waits for another process writing the same memory. */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

    private final Env env;
    private final Map<Path, MemoryStore> open = new HashMap<>();

    Memories(Env env) {
        this.env = env;
    }

    public synchronized MemoryStore open(String name, Node node) {
        if (!env.isFileIOAllowed()) {
            throw LingoError.of("StoreError", "memory(\"" + name + "\") needs file access, and this context has none;"
                            + " an embedder grants it with Context.newBuilder(\"lingo\").allowIO(IOAccess.ALL)", node);
        }
        try {
            Path folder = MemoryLocation.resolve(env.getEnvironment(), workingDirectory(), name);
            MemoryStore store = open.get(folder);
            if (store == null) {
                store = MemoryStore.open(name, folder, LOCK_WAIT);
                open.put(folder, store);
            }
            return store;
        } catch (MemoryException e) {
            throw LingoError.of("StoreError", e.getMessage(), node);
        }
    }

    private Path workingDirectory() {
        return Path.of(env.getCurrentWorkingDirectory().getPath());
    }

    synchronized void closeAll() {
        open.values().forEach(MemoryStore::close);
        open.clear();
    }
}
