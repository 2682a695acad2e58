package dev.lingo.benchmarks.memory;

import dev.lingo.vm.memory.MemoryEntry;
import dev.lingo.vm.memory.MemoryStore;
import dev.lingo.vm.memory.SearchMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How long {@code recall} takes on a large memory (issue 12: 100,000 chunks, p50 at most 20 ms,
 * embedding the query excluded). The store is the one {@code memory("…")} uses; the chunks are
 * synthetic so that filling it does not take an hour of embedding: 384-dimensional unit vectors
 * around 1,000 topics (MiniLM's size; the topics give HNSW the clustered data real texts give it)
 * and texts of 30 words from a 5,000-word vocabulary (Zipf-like, so BM25 has common and rare terms).
 * Usage: {@code benchmarks/run-memory.sh [--chunks=100000] [--queries=500] [--k=10] [--seed=1]}.
 */
public final class RecallLatencyMain {

    private static final int DIMENSIONS = 384;
    private static final String MODEL = "synthetic:unit-384";

    private RecallLatencyMain() {
    }

    public static void main(String[] args) throws IOException {
        int chunks = intArg(args, "chunks", 100_000);
        int queries = intArg(args, "queries", 500);
        int k = intArg(args, "k", 10);
        SplittableRandom random = new SplittableRandom(intArg(args, "seed", 1));
        float[][] topics = new float[1000][];
        for (int t = 0; t < topics.length; t++) {
            topics[t] = unit(gaussian(random, 1.0f));
        }
        String[] vocabulary = new String[5000];
        for (int w = 0; w < vocabulary.length; w++) {
            vocabulary[w] = word(w);
        }
        Path dir = Files.createTempDirectory("lingo-recall-");
        try (MemoryStore store = MemoryStore.open("recall-latency", dir.resolve("store"), Duration.ofSeconds(10))) {
            long fillStart = System.nanoTime();
            List<MemoryEntry> batch = new ArrayList<>();
            for (int i = 0; i < chunks; i++) {
                batch.add(new MemoryEntry(text(random, vocabulary, 30), near(random, topics[random.nextInt(topics.length)]),
                                Map.of("n", (long) (i % 10))));
                if (batch.size() == 10_000 || i == chunks - 1) {
                    store.remember(batch, MODEL);
                    batch.clear();
                }
            }
            System.out.printf(Locale.ROOT, "filled %,d chunks in %.1f s%n", store.size(), (System.nanoTime() - fillStart) / 1e9);
            for (SearchMode mode : SearchMode.values()) {
                double[] ms = new double[queries];
                for (int warm = 0; warm < 100; warm++) { // the JIT and Lucene's caches
                    store.recall(text(random, vocabulary, 6), near(random, topics[random.nextInt(topics.length)]), MODEL, k, Map.of(), mode);
                }
                for (int q = 0; q < queries; q++) {
                    String query = text(random, vocabulary, 6);
                    float[] vector = near(random, topics[random.nextInt(topics.length)]);
                    long start = System.nanoTime();
                    store.recall(query, vector, MODEL, k, Map.of(), mode);
                    ms[q] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "recall %-7s k=%d over %,d chunks: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (%d queries)%n",
                                mode.name().toLowerCase(Locale.ROOT), k, chunks, ms[queries / 2], ms[queries * 9 / 10], ms[queries * 99 / 100], queries);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static String text(SplittableRandom random, String[] vocabulary, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            // squaring the draw favours the first words: a few common terms, a long tail of rare ones
            double u = random.nextDouble();
            sb.append(i == 0 ? "" : " ").append(vocabulary[(int) (u * u * vocabulary.length)]);
        }
        return sb.toString();
    }

    private static String word(int w) {
        StringBuilder sb = new StringBuilder();
        int x = w + 1;
        while (x > 0) {
            sb.append((char) ('a' + x % 26));
            x /= 26;
        }
        return sb.append("o").toString();
    }

    private static float[] near(SplittableRandom random, float[] topic) {
        float[] v = gaussian(random, 0.35f);
        for (int i = 0; i < v.length; i++) {
            v[i] += topic[i];
        }
        return unit(v);
    }

    private static float[] gaussian(SplittableRandom random, float scale) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            // the sum of uniforms (Irwin-Hall) is close enough to normal here
            double s = 0;
            for (int j = 0; j < 4; j++) {
                s += random.nextDouble() - 0.5;
            }
            v[i] = (float) (s * scale);
        }
        return v;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (String a : args) {
            if (a.startsWith("--" + name + "=")) {
                return Integer.parseInt(a.substring(name.length() + 3));
            }
        }
        return fallback;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
