package dev.lingo.language.sem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * summarize of 1,000 reviews (200 characters each, 200,000 in all) against a fake OpenAI server
 * whose summaries say which items they cover and are long (1,500 characters), so the fold needs
 * more than one level. Numbers go to benchmarks/README.md (issue 12).
 */
class SummarizeScaleTest {

    private static final Pattern ITEM = Pattern.compile("Review #(\\d+):");
    private static final Pattern COVERED = Pattern.compile("items (\\d+) to (\\d+) \\((\\d+) in all\\)");

    /** "Summary of items A to B (n in all)", padded: A and B the least and greatest item covered, n how many. */
    private static String summary(RecordedRequest request) {
        int least = Integer.MAX_VALUE, greatest = -1, count = 0;
        Matcher item = ITEM.matcher(request.body());
        while (item.find()) {
            int i = Integer.parseInt(item.group(1));
            least = Math.min(least, i);
            greatest = Math.max(greatest, i);
            count++;
        }
        Matcher covered = COVERED.matcher(request.body());
        while (covered.find()) {
            least = Math.min(least, Integer.parseInt(covered.group(1)));
            greatest = Math.max(greatest, Integer.parseInt(covered.group(2)));
            count += Integer.parseInt(covered.group(3));
        }
        String head = "Summary of items " + least + " to " + greatest + " (" + count + " in all). ";
        return head + "Customers mostly liked it. ".repeat((1500 - head.length()) / 27);
    }

    @Test
    void aThousandReviewsFoldIntoOneSummaryInAFewWaves(@TempDir Path project) throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(SummarizeScaleTest::summary);
            long start = System.nanoTime();
            Waves.Run<String> run = Waves.run("import \"std:sem\"\n"
                            + "let reviews = range(0, 1000).map(i -> \"Review #{i}: \" + \"the kettle boils fast, the lid is loose, \".repeat(5))\n"
                            + "summarize(reviews, \"Summarize what customers say.\")", project, server, v -> v.asString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            long calls = SemOperatorsScaleTest.checksAsked(server);
            int longest = server.requests().stream().mapToInt(r -> r.body().length()).max().orElse(0);
            System.out.printf("summarize 1000 x 200 chars: %d calls, %d waves, longest request %d chars, %d ms%n", calls, run.waves(),
                            longest, ms);
            assertTrue(run.value().startsWith("Summary of items 0 to 999 (1000 in all)"), run.value().substring(0, 60));
            assertEquals(3, run.waves());
            assertTrue(calls <= 25, "calls: " + calls);
            assertTrue(longest <= 12_000 + 1_000, "longest request: " + longest);
        }
    }
}
