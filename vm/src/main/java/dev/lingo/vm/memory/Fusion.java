package dev.lingo.vm.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al., 2009): a document's score is the sum over the rankings
 * that hold it of {@code 1 / (60 + rank)}, rank from 1; scaled here so that first in both rankings
 * is 1.0. Ranks, not scores, are fused: BM25 and cosine scores have no common scale.
 */
final class Fusion {

    static final int K = 60;

    private Fusion() {
    }

    /** @param rankings document ids, best first, per ranking; returns ids with fused scores, best first (ties: first seen) */
    static List<Map.Entry<Integer, Double>> fuse(List<List<Integer>> rankings, int k) {
        Map<Integer, Double> scores = new LinkedHashMap<>();
        for (List<Integer> ranking : rankings) {
            for (int r = 0; r < ranking.size(); r++) {
                scores.merge(ranking.get(r), 1.0 / (K + r + 1), Double::sum);
            }
        }
        double best = rankings.size() * (1.0 / (K + 1));
        List<Map.Entry<Integer, Double>> out = new ArrayList<>();
        scores.forEach((doc, score) -> out.add(Map.entry(doc, score / best)));
        out.sort(Comparator.comparingDouble((Map.Entry<Integer, Double> e) -> e.getValue()).reversed());
        return out.subList(0, Math.min(k, out.size()));
    }
}
