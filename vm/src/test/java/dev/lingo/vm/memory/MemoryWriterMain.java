package dev.lingo.vm.memory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;

/**
 * A child process for {@link MemoryProcessTest}: {@code write FOLDER} remembers batches of five
 * forever, printing {@code committed N} after each commit; {@code lock FOLDER} takes the write lock,
 * prints {@code locked} and waits to be killed.
 */
public final class MemoryWriterMain {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        if (args[0].equals("lock")) {
            FSDirectory dir = FSDirectory.open(folder);
            dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
            System.out.println("locked");
            Thread.sleep(Duration.ofMinutes(5));
            return;
        }
        try (MemoryStore store = MemoryStore.open("kb", folder, Duration.ofSeconds(30))) {
            for (int batch = 0; ; batch++) {
                List<MemoryEntry> entries = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    int n = batch * 5 + i;
                    entries.add(new MemoryEntry("record number " + n, new float[] {n % 7, n % 11, 1}, Map.of("n", (long) n)));
                }
                store.remember(entries, "test:model");
                System.out.println("committed " + (batch + 1) * 5);
            }
        }
    }
}
