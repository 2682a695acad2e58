package dev.lingo.language.sem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * topK of 1,000 records against a fake OpenAI server that judges each comparison by a score hidden
 * from the program, exactly or with some judgments flipped. Numbers go to benchmarks/README.md.
 */
class TopKScaleTest {

    private static final int N = 1000;
    private static final Pattern SID = Pattern.compile("sid\\\\?\":(\\d+)");

    /** A permutation of 0..N-1: record i's place on the hidden scale. */
    private static int score(int i) {
        return (i * 7919 + 13) % N;
    }

    /** "true" when the first record in the prompt has the higher hidden score; flipped for a share of ordered pairs. */
    private static String judge(RecordedRequest request, int flipPercent) {
        Matcher m = SID.matcher(request.body());
        int first = m.find() ? Integer.parseInt(m.group(1)) : 0;
        int second = m.find() ? Integer.parseInt(m.group(1)) : 0;
        boolean higher = score(first) > score(second);
        boolean flipped = Math.floorMod((first * 31 + second) * 2654435761L, 100) < flipPercent;
        return String.valueOf(higher != flipped);
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
            server.answerEach(r -> judge(r, flipPercent));
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

    @Test
    void aNoisyIntransitiveJudgeStillFindsMostOfTheTopTen(@TempDir Path project) throws Exception {
        int[] m = rankAndMeasure(project, 10);
        assertTrue(m[0] <= 3 * N, "comparisons: " + m[0]);
        assertTrue(m[1] >= 6, "overlap with the true top 10: " + m[1]);
    }
}
