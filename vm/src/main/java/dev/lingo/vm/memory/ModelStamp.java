package dev.lingo.vm.memory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;

/**
 * The embedding model and vector size a memory was built with, kept in each commit's user data:
 * vectors of another model (or size) would be compared with nonsense, so that is refused.
 */
final class ModelStamp {

    private static final String MODEL = "lingo.embeddingModel";
    private static final String DIMS = "lingo.dimensions";

    private final String name;
    private final Path folder;

    ModelStamp(String name, Path folder) {
        this.name = name;
        this.folder = folder;
    }

    Map<String, String> data(String model, int dims) {
        return Map.of(MODEL, model, DIMS, Integer.toString(dims));
    }

    /** @throws MemoryException when the memory holds vectors of another model or size */
    void check(DirectoryReader reader, String model, int dims) {
        if (reader == null || reader.numDocs() == 0) {
            return; // empty (or all forgotten): any model may start it
        }
        Map<String, String> data;
        try {
            data = reader.getIndexCommit().getUserData();
        } catch (IOException e) {
            throw new MemoryException("Cannot read memory \"" + name + "\" at " + folder + ": " + e.getMessage(), e);
        }
        String had = data.get(MODEL);
        String hadDims = data.get(DIMS);
        if (had != null && (!had.equals(model) || !Integer.toString(dims).equals(hadDims))) {
            throw new MemoryException("Memory \"" + name + "\" holds vectors of " + had + " (" + hadDims + " dimensions), not of "
                    + model + " (" + dims + "): vectors of two models do not compare. Use " + had
                    + " for this memory, or another memory name (or forget all of it first).");
        }
    }
}
