package dev.lingo.language.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agglomerative clustering of vectors by cosine, average linkage, with the nearest-neighbour chain
 * (O(n²) time and memory): every group's similarity to another is the mean cosine of their members.
 * Average linkage is reducible, so the chain's merges, taken by falling similarity, are the greedy ones.
 */
final class AverageLinkage {

    private record Merge(int into, int from, double similarity) {
    }

    private AverageLinkage() {
    }

    /**
     * Groups of indices, each in index order, groups in order of their first index: merged closest
     * first while more than {@code atLeast} groups remain and the closest two have a similarity of at
     * least {@code threshold}.
     */
    static List<List<Integer>> groups(float[][] vectors, double threshold, int atLeast) {
        int n = vectors.length;
        List<Merge> merges = dendrogram(similarities(vectors), n);
        merges.sort(Comparator.comparingDouble(Merge::similarity).reversed());
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        int groups = n;
        for (Merge m : merges) {
            if (groups <= atLeast || m.similarity() < threshold) {
                break;
            }
            int a = root(parent, m.into()), b = root(parent, m.from());
            parent[Math.max(a, b)] = Math.min(a, b);
            groups--;
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static float[][] similarities(float[][] vectors) {
        int n = vectors.length;
        float[][] unit = new float[n][];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (float x : vectors[i]) {
                norm += x * x;
            }
            unit[i] = new float[vectors[i].length];
            for (int d = 0; d < unit[i].length; d++) {
                unit[i][d] = norm == 0 ? 0 : (float) (vectors[i][d] / Math.sqrt(norm));
            }
        }
        float[][] sim = new float[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dot = 0;
                for (int d = 0; d < Math.min(unit[i].length, unit[j].length); d++) {
                    dot += unit[i][d] * unit[j][d];
                }
                sim[i][j] = sim[j][i] = (float) dot;
            }
        }
        return sim;
    }

    /** All n - 1 merges, found by following chains of nearest neighbours until two are each other's. */
    private static List<Merge> dendrogram(float[][] sim, int n) {
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] size = new int[n];
        Arrays.fill(size, 1);
        int[] chain = new int[n];
        int top = 0;
        int next = 0;
        List<Merge> merges = new ArrayList<>();
        for (int remaining = n; remaining > 1;) {
            if (top == 0) {
                while (!active[next]) {
                    next++;
                }
                chain[top++] = next;
            }
            int a = chain[top - 1];
            int b = top >= 2 ? chain[top - 2] : -1;
            double best = b >= 0 ? sim[a][b] : Double.NEGATIVE_INFINITY;
            for (int x = 0; x < n; x++) {
                if (active[x] && x != a && sim[a][x] > best) {
                    best = sim[a][x];
                    b = x;
                }
            }
            if (top >= 2 && b == chain[top - 2]) {
                top -= 2;
                merge(sim, active, size, Math.min(a, b), Math.max(a, b));
                merges.add(new Merge(Math.min(a, b), Math.max(a, b), best));
                remaining--;
            } else {
                chain[top++] = b;
            }
        }
        return merges;
    }

    private static void merge(float[][] sim, boolean[] active, int[] size, int into, int from) {
        active[from] = false;
        for (int x = 0; x < sim.length; x++) {
            if (active[x] && x != into) {
                float s = (size[into] * sim[into][x] + size[from] * sim[from][x]) / (size[into] + size[from]);
                sim[into][x] = sim[x][into] = s;
            }
        }
        size[into] += size[from];
    }
}
