package dev.lingo.vm.memory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * One memory: a Lucene index in its own folder. Each {@link #remember} and {@link #forget} takes
 * the index's write lock, writes, commits and lets go, so several processes can take turns writing
 * (one waits up to {@code lockWait} for another) and a killed process loses only the batch it was
 * writing. Reads see the last commit of any process. Thread-safe.
 */
public final class MemoryStore implements AutoCloseable {

    /** Candidates each ranking contributes before fusion: enough that the fused top k rarely misses one. */
    private static final int MIN_CANDIDATES = 50;

    private final String name;
    private final Path folder;
    private final Duration lockWait;
    private final Directory directory;
    private final Analyzer analyzer = KeywordQuery.analyzer();
    private final ModelStamp stamp;
    private DirectoryReader reader;

    private MemoryStore(String name, Path folder, Duration lockWait, Directory directory) {
        this.name = name;
        this.folder = folder;
        this.lockWait = lockWait;
        this.directory = directory;
        this.stamp = new ModelStamp(name, folder);
    }

    /** Opens (a new memory: creates the folder of) memory {@code name} at {@code folder}. */
    public static MemoryStore open(String name, Path folder, Duration lockWait) {
        QuietLucene.apply();
        try {
            Files.createDirectories(folder);
            return new MemoryStore(name, folder, lockWait, FSDirectory.open(folder));
        } catch (IOException | SecurityException e) {
            throw new MemoryException("Cannot open memory \"" + name + "\" at " + folder + ": " + e.getMessage()
                    + ". Make the folder writable, or run in a project folder (one with lingo.json).", e);
        }
    }

    public String name() {
        return name;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Adds the entries in one commit; an entry with the text and metadata of a remembered one replaces it.
     *
     * @param embeddingModel the model that made the vectors: a memory keeps to one (vectors of two models do not compare)
     */
    public synchronized void remember(List<MemoryEntry> entries, String embeddingModel) {
        if (entries.isEmpty()) {
            return;
        }
        int dims = entries.getFirst().vector().length;
        write(writer -> {
            stamp.check(currentReader(), embeddingModel, dims);
            for (MemoryEntry e : entries) {
                writer.updateDocument(new Term(MemoryDocuments.ID, MemoryDocuments.id(e)), MemoryDocuments.document(e));
            }
            writer.setLiveCommitData(stamp.data(embeddingModel, dims).entrySet());
        });
    }

    /** Removes the records whose metadata matches {@code filter} (all when it is empty); returns how many. */
    public synchronized long forget(Map<String, Object> filter) {
        Query query = MemoryDocuments.filter(filter);
        long before = count(query);
        if (before > 0) {
            write(writer -> writer.deleteDocuments(query));
        }
        return before;
    }

    /** How many records the memory holds, as of the last commit of any process. */
    public synchronized long size() {
        DirectoryReader r = currentReader();
        return r == null ? 0 : r.numDocs();
    }

    /**
     * The {@code k} records closest to the query, best first, among those whose metadata matches {@code filter}.
     *
     * @param embeddingModel the model that made {@code vector}: it must be the memory's
     */
    public synchronized List<Recalled> recall(String text, float[] vector, String embeddingModel, int k, Map<String, Object> filter,
                                              SearchMode mode) {
        DirectoryReader r = currentReader();
        if (r == null || r.numDocs() == 0 || k <= 0) {
            return List.of();
        }
        if (mode != SearchMode.KEYWORD) {
            stamp.check(r, embeddingModel, vector.length);
        }
        IndexSearcher searcher = new IndexSearcher(r);
        Query filterQuery = MemoryDocuments.filter(filter);
        int candidates = Math.max(k, MIN_CANDIDATES);
        try {
            TopDocs byVector = mode == SearchMode.KEYWORD ? null
                    : searcher.search(new KnnFloatVectorQuery(MemoryDocuments.VECTOR, vector, candidates,
                            filter.isEmpty() ? null : filterQuery), candidates);
            Query keywords = mode == SearchMode.VECTOR ? null : KeywordQuery.of(analyzer, text, filterQuery);
            TopDocs byWords = keywords == null ? null : searcher.search(keywords, candidates);
            List<Recalled> out = new ArrayList<>();
            if (mode == SearchMode.HYBRID) {
                for (var hit : Fusion.fuse(List.of(ids(byVector), ids(byWords)), k)) {
                    out.add(MemoryDocuments.recalled(searcher.storedFields().document(hit.getKey()), hit.getValue()));
                }
            } else {
                TopDocs top = mode == SearchMode.VECTOR ? byVector : byWords;
                for (int i = 0; top != null && i < Math.min(k, top.scoreDocs.length); i++) {
                    ScoreDoc d = top.scoreDocs[i];
                    out.add(MemoryDocuments.recalled(searcher.storedFields().document(d.doc), d.score));
                }
            }
            return out;
        } catch (IOException e) {
            throw failed("read", e);
        }
    }

    private static List<Integer> ids(TopDocs top) {
        List<Integer> ids = new ArrayList<>();
        if (top != null) {
            for (ScoreDoc d : top.scoreDocs) {
                ids.add(d.doc);
            }
        }
        return ids;
    }

    private long count(Query query) {
        DirectoryReader r = currentReader();
        try {
            return r == null ? 0 : new IndexSearcher(r).count(query);
        } catch (IOException e) {
            throw failed("read", e);
        }
    }

    /** The last commit's reader (reopened when another writer committed since); null while nothing was ever committed. */
    private DirectoryReader currentReader() {
        try {
            if (reader == null) {
                reader = DirectoryReader.open(directory);
            } else {
                DirectoryReader newer = DirectoryReader.openIfChanged(reader);
                if (newer != null) {
                    reader.close();
                    reader = newer;
                }
            }
            return reader;
        } catch (IndexNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw failed("read", e);
        }
    }

    private interface Writing {
        void into(IndexWriter writer) throws IOException;
    }

    /** Takes the write lock (waiting for another writer up to {@code lockWait}), writes, commits, lets go. */
    private void write(Writing work) {
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                work.into(writer);
                writer.commit();
                return;
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > deadline) {
                    throw new MemoryException("Memory \"" + name + "\" (" + folder + ") is being written by another process or"
                            + " context; waited " + lockWait.toSeconds() + " s for it. Try again when it is done, or use another memory name.", e);
                }
                pause();
            } catch (IOException e) {
                throw failed("write", e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MemoryException("Interrupted while waiting to write a memory", e);
        }
    }

    private MemoryException failed(String what, IOException e) {
        return new MemoryException("Cannot " + what + " memory \"" + name + "\" at " + folder + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            directory.close();
        } catch (IOException e) {
            // nothing was being written: a reader that does not close cleanly loses nothing
        }
    }
}
