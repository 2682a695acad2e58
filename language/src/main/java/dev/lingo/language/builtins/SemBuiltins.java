package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoList;

import java.util.Arrays;

/**
 * {@code std:sem}'s Java builtins: the k nearest vectors by cosine, groups of vectors by average
 * cosine, and the places to cut a long text. They are the parts that touch n x m x 384 numbers or
 * index long Strings by code point, too slow for an interpreted loop; the rest is Lingo.
 */
final class SemBuiltins {

    private SemBuiltins() {
    }

    static void register() {
        add("sem._nearest", 4, 4, (a, n) -> nearest(vectors(a[0], "nearest's queries", n), vectors(a[1], "nearest's targets", n),
                        (int) Args.integer(a[2], "nearest's k", n), Args.number(a[3], "nearest's floor", n)));
        add("sem._chunkBounds", 3, 3, (a, n) -> chunkBounds(Args.string(a[0], "chunkBounds' text", n),
                        (int) Math.min(Args.integer(a[1], "chunkBounds' size", n), Integer.MAX_VALUE),
                        (int) Args.integer(a[2], "chunkBounds' overlap", n)));
        add("sem._agglomerate", 3, 3, (a, n) -> agglomerate(vectors(a[0], "agglomerate's vectors", n),
                        Args.number(a[1], "agglomerate's threshold", n), (int) Args.integer(a[2], "agglomerate's k", n)));
    }

    /** For each query, the indices of at most k targets with cosine >= floor, most similar first. */
    @TruffleBoundary
    private static LingoList nearest(float[][] queries, float[][] targets, int k, double floor) {
        Object[] out = new Object[queries.length];
        for (int q = 0; q < queries.length; q++) {
            double[] sims = new double[targets.length];
            Integer[] order = new Integer[targets.length];
            for (int t = 0; t < targets.length; t++) {
                sims[t] = cosine(queries[q], targets[t]);
                order[t] = t;
            }
            Arrays.sort(order, (x, y) -> sims[y] != sims[x] ? Double.compare(sims[y], sims[x]) : Integer.compare(x, y));
            int taken = 0;
            Object[] best = new Object[Math.min(k, targets.length)];
            for (int i = 0; i < best.length && sims[order[i]] >= floor; i++) {
                best[taken++] = (long) order[i];
            }
            out[q] = new LingoList(Arrays.copyOf(best, taken));
        }
        return new LingoList(out);
    }

    /** Groups of indices (average-linkage clusters), merged while above the threshold and more than k remain. */
    @TruffleBoundary
    private static LingoList agglomerate(float[][] vectors, double threshold, int k) {
        Object[] out = AverageLinkage.groups(vectors, threshold, k).stream()
                        .map(g -> new LingoList(g.stream().map(i -> (Object) (long) i).toArray())).toArray();
        return new LingoList(out);
    }

    /** [start, end, text] of each chunk std:sem's split makes. */
    @TruffleBoundary
    private static LingoList chunkBounds(String text, int size, int overlap) {
        return new LingoList(TextChunks.split(text, size, overlap).stream()
                        .map(c -> (Object) new LingoList(new Object[] {(long) c.start(), (long) c.end(), c.text()})).toArray());
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        int size = Math.min(a.length, b.length);
        for (int i = 0; i < size; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    @TruffleBoundary
    private static float[][] vectors(Object value, String what, Node n) {
        LingoList list = Args.list(value, what, n);
        float[][] out = new float[list.size()][];
        for (int i = 0; i < out.length; i++) {
            LingoList v = Args.list(list.get(i), what + "' vectors", n);
            out[i] = new float[v.size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = (float) Args.number(v.get(j), what + "' numbers", n);
            }
        }
        return out;
    }
}
