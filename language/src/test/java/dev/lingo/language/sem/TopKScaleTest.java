package dev.lingo.language.sem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * topK of 1,000 records against a fake OpenAI server that judges each comparison by a score hidden
 * from the program, exactly or with some judgments flipped. Numbers go to benchmarks/README.md.
 */
class TopKScaleTest {

    private static final int N = 1000;
    private static final Pattern SID = Pattern.compile("sid\\\\?\":(\\d+)");
    private static final Pattern ROUND = Pattern.compile("round (\\d+)");
    private static final int ROUNDS = 5;

    /** A permutation of 0..N-1: record i's place on the hidden scale. */
    private static int score(int i) {
        return (i * 7919 + 13) % N;
    }

    /**
     * "true" when the first record in the prompt has the higher hidden score; for a share of ordered
     * pairs ({@code flipPercent}) the other way round; for records closer than {@code blur} on the
     * scale, a coin toss (a judge that cannot tell close items apart). The criterion's round reseeds both.
     */
    private static String judge(RecordedRequest request, int flipPercent, int blur) {
        Matcher m = SID.matcher(request.body());
        int first = m.find() ? Integer.parseInt(m.group(1)) : 0;
        int second = m.find() ? Integer.parseInt(m.group(1)) : 0;
        Matcher round = ROUND.matcher(request.body());
        int seed = round.find() ? Integer.parseInt(round.group(1)) : 0;
        long hash = Math.floorMod(((first * 31L + second) * 1009 + seed) * 2654435761L, 100);
        if (Math.abs(score(first) - score(second)) < blur) {
            return String.valueOf(hash < 50);
        }
        return String.valueOf(score(first) > score(second) != hash < flipPercent);
    }

    private static Set<Long> trueTop10() {
        Set<Long> top = new HashSet<>();
        for (int i = 0; i < N; i++) {
            if (score(i) >= N - 10) {
                top.add((long) i);
            }
        }
        return top;
    }

    private static int[] rankAndMeasure(Path project, int flipPercent) throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(r -> judge(r, flipPercent, 0));
            long start = System.nanoTime();
            Waves.Run<Long[]> run = Waves.run("import \"std:sem\"\nlet xs = range(0, " + N + ").map(i -> {sid: i, text: \"item {i}\"})\n"
                            + "topK(xs, 10, \"its hidden score\").map(r -> r.sid)", project, server, v -> {
                                Long[] out = new Long[(int) v.getArraySize()];
                                for (int i = 0; i < out.length; i++) {
                                    out[i] = v.getArrayElement(i).asLong();
                                }
                                return out;
                            });
            long ms = (System.nanoTime() - start) / 1_000_000;
            Long[] top = run.value();
            int waves = run.waves();
            assertEquals(10, top.length);
            Set<Long> truth = trueTop10();
            int overlap = 0;
            int inOrder = 0;
            for (int i = 0; i < 10; i++) {
                long sid = top[i];
                overlap += truth.contains(sid) ? 1 : 0;
                inOrder += score((int) sid) == N - 1 - i ? 1 : 0;
            }
            long asked = SemOperatorsScaleTest.checksAsked(server);
            System.out.printf("topK(%d, 10), %d%% flipped: %d comparisons (%.2f per record), %d waves, top-10 overlap %d/10, "
                            + "%d in their true place, %d ms%n", N, flipPercent, asked, asked / (double) N, waves, overlap, inOrder, ms);
            return new int[] {(int) asked, overlap, inOrder, waves};
        }
    }

    @Test
    void topTenOfAThousandByAConsistentJudgeIsExactAtUnderThreeComparisonsPerRecord(@TempDir Path project) throws Exception {
        int[] m = rankAndMeasure(project, 0);
        assertTrue(m[0] <= 3 * N, "comparisons: " + m[0]);
        assertEquals(10, m[1], "overlap with the true top 10");
        assertEquals(10, m[2], "in their true order");
    }

    /**
     * Five rankings in one run, each by a judge that flips another 5, 10 or 20% of the ordered pairs,
     * or cannot tell records within 20 or 50 places apart (the criterion names the round): mean
     * comparisons and mean overlap with the true top 10.
     */
    @Test
    void noisyIntransitiveJudgesStillFindMostOfTheTopTen(@TempDir Path project) throws Exception {
        for (int[] noise : new int[][] {{5, 0}, {10, 0}, {20, 0}, {0, 20}, {0, 50}}) {
            int flipPercent = noise[0], blur = noise[1];
            try (FakeOpenAiServer server = new FakeOpenAiServer()) {
                server.answerEach(r -> judge(r, flipPercent, blur));
                Value tops = SemOperatorsScaleTest.run("import \"std:sem\"\nlet xs = range(0, " + N
                                + ").map(i -> {sid: i, text: \"item {i}\"})\nrange(1, " + (ROUNDS + 1)
                                + ").map(round -> topK(xs, 10, \"its hidden score, round {round}\").map(r -> r.sid))",
                                Files.createDirectories(project.resolve("noise" + flipPercent + "-" + blur)), server, 64);
                Set<Long> truth = trueTop10();
                int least = 10, sum = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    Value top = tops.getArrayElement(round);
                    int overlap = 0;
                    for (int i = 0; i < top.getArraySize(); i++) {
                        overlap += truth.contains(top.getArrayElement(i).asLong()) ? 1 : 0;
                    }
                    least = Math.min(least, overlap);
                    sum += overlap;
                }
                double comparisons = SemOperatorsScaleTest.checksAsked(server) / (double) ROUNDS;
                System.out.printf("topK(%d, 10), %d%% flipped, coin toss within %d, %d rounds: %.0f comparisons on average, "
                                + "top-10 overlap %.1f/10 on average, %d at least%n", N, flipPercent, blur, ROUNDS, comparisons, sum / (double) ROUNDS, least);
                assertTrue(comparisons <= 3 * N, "comparisons: " + comparisons);
                // a judge that cannot tell the top 10 from the next `blur` records allows no better than chance among them
                double floor = blur > 0 ? 100.0 / (10 + blur) : flipPercent <= 10 ? 6 : 3;
                assertTrue(sum / (double) ROUNDS >= floor, flipPercent + "% flipped, blur " + blur + ", overlap: " + sum);
            }
        }
    }
}
