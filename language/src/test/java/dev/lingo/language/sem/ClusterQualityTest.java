package dev.lingo.language.sem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cluster on vm's labelled memory corpus (160 documents: 8 topics of 5 subjects of 4 documents),
 * with the in-jar MiniLM; group names from a fake OpenAI server. Numbers go to benchmarks/README.md.
 */
class ClusterQualityTest {

    private static final Pattern DOC = Pattern.compile("d(\\d+)\\t(.*)");

    private static String corpus() throws IOException {
        try (InputStream in = ClusterQualityTest.class.getResourceAsStream("/memory/recall-docs.tsv")) {
            StringBuilder docs = new StringBuilder("[");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = DOC.matcher(line);
                if (m.matches()) {
                    docs.append("{doc: ").append(Integer.parseInt(m.group(1)) - 1).append(", text: \"")
                                    .append(m.group(2).replace("\"", "\\\"")).append("\"},");
                }
            }
            return docs.append("]").toString();
        }
    }

    /** The groups as lists of document numbers (0-based). */
    private static List<List<Integer>> groups(Value groups) {
        List<List<Integer>> out = new ArrayList<>();
        for (long g = 0; g < groups.getArraySize(); g++) {
            Value items = groups.getArrayElement(g).getMember("items");
            List<Integer> docs = new ArrayList<>();
            for (long i = 0; i < items.getArraySize(); i++) {
                docs.add(items.getArrayElement(i).getMember("doc").asInt());
            }
            out.add(docs);
        }
        return out;
    }

    /** The share of documents whose group's most common label is their own. */
    private static double purity(List<List<Integer>> groups, IntUnaryOperator label) {
        int agree = 0;
        for (List<Integer> g : groups) {
            Map<Integer, Integer> counts = new HashMap<>();
            g.forEach(d -> counts.merge(label.applyAsInt(d), 1, Integer::sum));
            agree += counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
        return agree / 160.0;
    }

    @Test
    void groupsFollowTheCorpusTopicsAndSubjects(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            String docs = corpus();
            for (String options : List.of("{k: 8}", "{k: 40}", "{}", "{threshold: 0.2}", "{threshold: 0.5}")) {
                long start = System.nanoTime();
                List<List<Integer>> groups = groups(SemOperatorsScaleTest.run("import \"std:sem\"\ncluster(" + docs
                                + ", {text: d -> d.text} with " + options + ")", project, server));
                long ms = (System.nanoTime() - start) / 1_000_000;
                double topics = purity(groups, d -> d / 20), subjects = purity(groups, d -> d / 4);
                System.out.printf("cluster 160 docs %s: %d groups, topic purity %.3f, subject purity %.3f, %d ms%n", options,
                                groups.size(), topics, subjects, ms);
                assertEquals(160, groups.stream().mapToInt(List::size).sum());
                if (options.equals("{k: 8}")) {
                    assertEquals(8, groups.size());
                    assertTrue(topics >= 0.6, "topic purity " + topics);
                }
                if (options.equals("{k: 40}")) {
                    assertTrue(subjects >= 0.6, "subject purity " + subjects);
                }
            }
            assertEquals(0, SemOperatorsScaleTest.checksAsked(server), "no group was named, so no model was asked");
        }
    }

    @Test
    void eachGroupIsNamedByOneCallWithItsOwnItems(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(r -> "group of " + Pattern.compile("---").matcher(r.body()).results().count());
            Value groups = SemOperatorsScaleTest.run("import \"std:sem\"\ncluster(" + corpus()
                            + ", {k: 8, name: true, text: d -> d.text})", project, server);
            assertEquals(8, SemOperatorsScaleTest.checksAsked(server));
            for (long g = 0; g < groups.getArraySize(); g++) {
                Value group = groups.getArrayElement(g);
                long shown = Math.min(20, group.getMember("items").getArraySize());
                assertEquals("group of " + (shown - 1), group.getMember("name").asString());
            }
        }
    }
}
