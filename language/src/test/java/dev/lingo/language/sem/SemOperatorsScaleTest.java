package dev.lingo.language.sem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * std:sem against labelled fixtures: real MiniLM blocking, a fake OpenAI server that judges each
 * check by the ids it reads in the prompt. Measured numbers go to benchmarks/README.md (issue 12).
 */
class SemOperatorsScaleTest {

    private static final List<String> FIRST = List.of("Ada", "Alan", "Grace", "Linus", "Barbara", "Donald", "Edsger", "Frances",
                    "Ken", "Margaret", "Niklaus", "Radia", "Tim", "Vint", "Whitfield", "Yukihiro", "Bjarne", "Guido", "Sophie", "Hedy");
    private static final List<String> LAST = List.of("Lovelace", "Turing", "Hopper", "Torvalds", "Liskov", "Knuth", "Dijkstra",
                    "Allen", "Thompson", "Hamilton");
    private static final List<String> CITY = List.of("London", "Paris", "Berlin", "Madrid", "Oslo", "Vienna", "Lisbon", "Dublin",
                    "Prague", "Warsaw", "Athens", "Rome", "Zurich");
    private static final List<String> PRODUCT = List.of("kettle", "laptop", "bicycle", "garden hose", "vacuum cleaner", "toaster",
                    "printer", "headphones", "camera", "blender", "lawn mower");

    private static String person(int i) {
        return FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size()) % LAST.size());
    }

    private static String judge(RecordedRequest request) {
        String body = request.body();
        Matcher lid = Pattern.compile("\\\\\"lid\\\\\":(\\d+)|\"lid\":(\\d+)").matcher(body);
        Matcher cid = Pattern.compile("\\\\\"cid\\\\\":(\\d+)|\"cid\":(\\d+)").matcher(body);
        if (lid.find() && cid.find()) {
            return String.valueOf(group(lid).equals(group(cid)));
        }
        Matcher e = Pattern.compile("\\\\?\"entity\\\\?\":(\\d+)").matcher(body);
        String first = e.find() ? e.group(1) : "a";
        String second = e.find() ? e.group(1) : "b";
        return String.valueOf(first.equals(second));
    }

    private static String group(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static Value run(String program, Path project, FakeOpenAiServer server) throws IOException {
        return run(program, project, server, 32);
    }

    static Value run(String program, Path project, FakeOpenAiServer server, int maxConcurrent) throws IOException {
        Files.writeString(project.resolve("lingo.json"),
                        "{\"limits\": {\"openai\": {\"maxConcurrent\": " + maxConcurrent + "}}, \"packing\": {\"enabled\": false}}");
        Context c = Context.newBuilder("lingo").err(new ByteArrayOutputStream()).allowIO(IOAccess.ALL).currentWorkingDirectory(project)
                        .environment("OPENAI_BASE_URL", server.apiBase().toString()).environment("OPENAI_API_KEY", "sk-test")
                        .environment("LINGO_MODEL", "openai:gpt-4o-mini").environment("LINGO_EMBED_MODEL", "offline")
                        .environment("LINGO_CACHE_DIR", project.resolve("cache").toString()).build();
        return c.eval("lingo", program);
    }

    static long checksAsked(FakeOpenAiServer server) {
        return server.requests().stream().filter(r -> r.path().contains("chat")).count();
    }

    @Test
    void semJoinOf200By200AsksAFewPercentOfThePairsAndFindsTheMatches(@TempDir Path project) throws IOException {
        StringBuilder tickets = new StringBuilder("[");
        StringBuilder customers = new StringBuilder("[");
        for (int i = 0; i < 200; i++) {
            String name = person(i), city = CITY.get(i % CITY.size()), product = PRODUCT.get(i % PRODUCT.size());
            tickets.append("{lid: ").append(i).append(", text: \"").append(name).append(" from ").append(city)
                            .append(" writes that the ").append(product).append(" they ordered arrived broken\"},");
            int c = (i * 37) % 200; // customers in another order
            customers.append("{cid: ").append(c).append(", text: \"Customer ").append(person(c)).append(", ")
                            .append(CITY.get(c % CITY.size())).append(", bought a ").append(PRODUCT.get(c % PRODUCT.size())).append("\"},");
        }
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(SemOperatorsScaleTest::judge);
            long start = System.nanoTime();
            Value pairs = run("import \"std:sem\"\nlet tickets = " + tickets + "]\nlet customers = " + customers + "]\n"
                            + "semJoin(tickets, customers, \"the ticket was written by this customer\", {text: r -> r.text})"
                            + ".filter(p -> p.left.lid == p.right.cid).size", project, server);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long asked = checksAsked(server);
            double recall = pairs.asLong() / 200.0;
            System.out.printf("semJoin 200x200: %d checks (%.1f%% of 40000), recall %.3f, %d ms%n", asked, asked / 400.0, recall, ms);
            assertTrue(asked <= 2000, "checks asked: " + asked);
            assertTrue(recall >= 0.95, "recall: " + recall);
        }
    }

    @Test
    void dedupeOf1000RecordsFindsTheDuplicatesAtAFewCallsPerRecord(@TempDir Path project) throws IOException {
        StringBuilder records = new StringBuilder("[");
        for (int i = 0; i < 900; i++) {
            records.append("{entity: ").append(i).append(", text: \"").append(person(i)).append(", ").append(CITY.get(i % CITY.size()))
                            .append(", owns a ").append(PRODUCT.get((i / 7) % PRODUCT.size())).append("\"},");
        }
        for (int d = 0; d < 100; d++) {
            int i = d * 9; // a paraphrase with a typo of every ninth entity
            String name = person(i);
            String typo = name.substring(0, 2) + name.substring(3);
            records.append("{entity: ").append(i).append(", text: \"").append(typo).append(" (").append(CITY.get(i % CITY.size()))
                            .append("), owner of a ").append(PRODUCT.get((i / 7) % PRODUCT.size())).append("\"},");
        }
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(SemOperatorsScaleTest::judge);
            long start = System.nanoTime();
            Value found = run("import \"std:sem\"\nlet records = " + records + "]\n"
                            + "dedupe(records, \"these two records describe the same entity\", {text: r -> r.text})"
                            + ".filter(g -> g.size == 2 && g[0].entity == g[1].entity).size", project, server);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long asked = checksAsked(server);
            double recall = found.asLong() / 100.0;
            System.out.printf("dedupe 1000: %d checks (%.2f per record), recall %.3f, %d ms%n", asked, asked / 1000.0, recall, ms);
            assertTrue(asked <= 3000, "checks asked: " + asked);
            assertTrue(recall >= 0.95, "recall: " + recall);
        }
    }
}
