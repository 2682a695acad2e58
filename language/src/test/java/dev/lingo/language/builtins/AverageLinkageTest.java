package dev.lingo.language.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The nearest-neighbour chain gives the groups of the plain greedy algorithm (merge the closest two, repeat). */
class AverageLinkageTest {

    /** Greedy average linkage in O(n³): the definition, for comparison. */
    private static List<List<Integer>> greedy(float[][] v, double threshold, int atLeast) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            groups.add(new ArrayList<>(List.of(i)));
        }
        while (groups.size() > atLeast) {
            int bestA = -1, bestB = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double s = 0;
                    for (int i : groups.get(a)) {
                        for (int j : groups.get(b)) {
                            s += cosine(v[i], v[j]);
                        }
                    }
                    s /= groups.get(a).size() * groups.get(b).size();
                    if (s > best) {
                        best = s;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (best < threshold) {
                break;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
            groups.get(bestA).sort(null);
        }
        groups.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
        return groups;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static float[][] points(int n, long seed) {
        Random random = new Random(seed);
        float[][] v = new float[n][8];
        for (float[] p : v) {
            int centre = random.nextInt(4);
            for (int d = 0; d < p.length; d++) {
                p[d] = (d % 4 == centre ? 3f : 0f) + (float) random.nextGaussian();
            }
        }
        return v;
    }

    @Test
    void matchesTheGreedyDefinitionByThresholdAndByCount() {
        for (long seed = 1; seed <= 5; seed++) {
            float[][] v = points(40, seed);
            assertEquals(greedy(v, 0.4, 1), AverageLinkage.groups(v, 0.4, 1), "threshold 0.4, seed " + seed);
            assertEquals(greedy(v, -1, 4), AverageLinkage.groups(v, -1, 4), "k 4, seed " + seed);
        }
    }

    @Test
    void emptyAndSingleInputs() {
        assertEquals(List.of(), AverageLinkage.groups(new float[0][], 0.3, 1));
        assertEquals(List.of(List.of(0)), AverageLinkage.groups(new float[][] {{1f, 0f}}, 0.3, 1));
    }
}
