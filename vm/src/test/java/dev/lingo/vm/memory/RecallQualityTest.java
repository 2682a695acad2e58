package dev.lingo.vm.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.EmbeddingRequest;
import dev.lingo.vm.provider.offline.OfflineModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall@10 on the labelled corpus in {@code resources/memory/} (160 short documents, 40 queries,
 * 4 relevant documents each) with the offline MiniLM: the numbers in benchmarks/README.md come from
 * here, and the floors below keep them from sliding.
 */
class RecallQualityTest {

    private static final int K = 10;

    @Test
    void recallStaysAboveItsFloors(@TempDir Path dir) throws IOException {
        List<String[]> docs = new ArrayList<>(rows("recall-docs.tsv"));
        docs.addAll(rows("recall-id-docs.tsv"));
        Map<String, String> idOf = new java.util.HashMap<>();
        docs.forEach(d -> idOf.put(d[1], d[0]));
        Map<SearchMode, Double> topical = new EnumMap<>(SearchMode.class);
        Map<SearchMode, Double> byCode = new EnumMap<>(SearchMode.class);
        try (OfflineModel model = new OfflineModel(); MemoryStore store = MemoryStore.open("recall", dir.resolve("recall"), Duration.ofSeconds(5))) {
            List<float[]> vectors = model.embed(new EmbeddingRequest("", docs.stream().map(d -> d[1]).toList())).vectors();
            List<MemoryEntry> entries = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                entries.add(new MemoryEntry(docs.get(i)[1], vectors.get(i), Map.of()));
            }
            store.remember(entries, MODEL);
            for (SearchMode mode : SearchMode.values()) {
                topical.put(mode, meanRecall(store, model, idOf, rows("recall-queries.tsv"), mode, K));
                byCode.put(mode, meanRecall(store, model, idOf, rows("recall-id-queries.tsv"), mode, 1));
            }
        }
        System.out.println(String.format(Locale.ROOT, "recall@%d over topical queries: vector %.3f, keyword (BM25) %.3f, hybrid (RRF) %.3f;"
                        + " hit@1 over code queries: vector %.3f, keyword %.3f, hybrid %.3f", K,
                        topical.get(SearchMode.VECTOR), topical.get(SearchMode.KEYWORD), topical.get(SearchMode.HYBRID),
                        byCode.get(SearchMode.VECTOR), byCode.get(SearchMode.KEYWORD), byCode.get(SearchMode.HYBRID)));
        // measured on 2026-12-04 (benchmarks/README.md): the topical queries paraphrase their documents, which favours
        // vectors; the code queries name one of two documents that differ only in that code, which favours keywords
        assertTrue(topical.get(SearchMode.VECTOR) >= 0.85, "vector " + topical);
        assertTrue(topical.get(SearchMode.KEYWORD) >= 0.35, "keyword " + topical);
        assertTrue(topical.get(SearchMode.HYBRID) >= 0.80, "hybrid " + topical);
        assertTrue(byCode.get(SearchMode.KEYWORD) >= 0.95, "keyword " + byCode);
        assertTrue(byCode.get(SearchMode.HYBRID) >= 0.90, "hybrid " + byCode);
    }

    private static final String MODEL = "offline:" + OfflineModel.EMBEDDING_MODEL;

    /** The mean share of each query's relevant documents among its first {@code k} results. */
    private static double meanRecall(MemoryStore store, OfflineModel model, Map<String, String> idOf, List<String[]> queries,
                                     SearchMode mode, int k) {
        List<float[]> queryVectors = model.embed(new EmbeddingRequest("", queries.stream().map(q -> q[0]).toList())).vectors();
        double sum = 0;
        for (int i = 0; i < queries.size(); i++) {
            Set<String> relevant = Set.of(queries.get(i)[1].split(","));
            Set<String> found = new HashSet<>();
            store.recall(queries.get(i)[0], queryVectors.get(i), MODEL, k, Map.of(), mode).forEach(r -> found.add(idOf.get(r.text())));
            found.retainAll(relevant);
            sum += (double) found.size() / relevant.size();
        }
        return sum / queries.size();
    }

    private static List<String[]> rows(String name) throws IOException {
        try (InputStream in = RecallQualityTest.class.getResourceAsStream("/memory/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
        }
    }
}
