package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.FakeLogprobs;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cascade(gpt-4o-mini, gpt-4o)} over 1,000 labelled tickets against a fake OpenAI server that
 * sends real logprobs: the cheap model is right and sure (p 0.92..0.999) on 80% of them, unsure
 * (p 0.40..0.85) on the rest and wrong on half of those; the better model is always right. Measures
 * cost (as the run summary reports it) against asking gpt-4o for every ticket, and accuracy against
 * the threshold. The numbers go to benchmarks/README.md (issue 12, cascades).
 */
class CascadeScaleTest {

    private static final int ITEMS = 1000;
    private static final List<String> LABELS = List.of("bug", "billing", "question");
    private static final List<String> TEXTS = List.of("the app crashes when I press save", "I was charged twice this month",
                    "how do I export my data?");
    private static final Pattern TICKET = Pattern.compile("Ticket #(\\d+)");
    private static final Pattern SUMMARY_COST = Pattern.compile("out, \\$([0-9.]+)");

    private static String truth(int item) {
        return LABELS.get(item % 3);
    }

    /** 0..99, spread over the items so the unsure ones are not every fifth. */
    private static int spread(int item) {
        return (item * 37 + 11) % 100;
    }

    private static int ticket(RecordedRequest request) {
        Matcher m = TICKET.matcher(request.body());
        if (!m.find()) {
            throw new IllegalStateException("no ticket in " + request.body());
        }
        return Integer.parseInt(m.group(1));
    }

    /** The cheap model's label for {@code item}: right when sure, wrong on half of the unsure ones. */
    private static String cheapLabel(int item) {
        int h = spread(item);
        return h >= 80 && h % 2 == 1 ? LABELS.get((item + 1) % 3) : truth(item);
    }

    /** How sure the cheap model is: from {@code sure} to {@code sure + sureSpan} on 80% of the items, else from {@code unsure} to {@code unsure + unsureSpan}. */
    private static double cheapConfidence(int item, double sure, double sureSpan, double unsure, double unsureSpan) {
        int h = spread(item);
        return h < 80 ? sure + sureSpan * h / 80.0 : unsure + unsureSpan * (h - 80) / 20.0;
    }

    static FakeLogprobs.Scored answer(RecordedRequest request) {
        int item = ticket(request);
        if (request.body().contains("\"gpt-4o-mini\"")) {
            return new FakeLogprobs.Scored("{\"value\":\"" + cheapLabel(item) + "\"}", cheapConfidence(item, 0.92, 0.079, 0.40, 0.45));
        }
        return new FakeLogprobs.Scored("{\"value\":\"" + truth(item) + "\"}", 0.99);
    }

    /** Claude Haiku states its confidence, higher than the logprobs above: 0.90-1.0 when right and sure, 0.60-0.85 when not. */
    static String stated(RecordedRequest request) {
        int item = ticket(request);
        return "{\"answer\":\"" + cheapLabel(item) + "\",\"confidence\":" + cheapConfidence(item, 0.90, 0.10, 0.60, 0.25) + "}";
    }

    /** Where the models are: the cheap one's declaration, the OpenAI server (gpt-4o, maybe gpt-4o-mini), Anthropic's or null. */
    private record Servers(String cheap, FakeOpenAiServer openai, FakeAnthropicServer anthropic) {
        int requests() {
            return openai.requests().size() + (anthropic == null ? 0 : anthropic.requests().size());
        }
    }

    private record Outcome(List<String> labels, double cost, String summary, long requests) {
        double accuracy() {
            int right = 0;
            for (int i = 0; i < ITEMS; i++) {
                right += labels.get(i).equals(truth(i)) ? 1 : 0;
            }
            return right / (double) ITEMS;
        }
    }

    /** @param project a folder of its own: its lingo.json puts the answer cache in it (a rerun in it is warm) */
    private static Outcome run(String model, Path project, FakeOpenAiServer server) throws IOException {
        return run(model, project, new Servers("openai(\"gpt-4o-mini\")", server, null));
    }

    private static Outcome run(String model, Path project, Servers servers) throws IOException {
        Files.createDirectories(project);
        StringBuilder tickets = new StringBuilder("[");
        for (int i = 0; i < ITEMS; i++) {
            tickets.append("\"Ticket #").append(i).append(": ").append(TEXTS.get(i % 3)).append("\",");
        }
        String program = "model cheap = " + servers.cheap() + "\nmodel better = openai(\"gpt-4o\")\nmodel triage = " + model + "\n"
                        + "let tickets = " + tickets + "]\n"
                        + "tickets.map(t -> classify t as \"bug\" | \"billing\" | \"question\" using triage).join(\",\")";
        Files.writeString(project.resolve("lingo.json"), "{\"limits\": {\"openai\": {\"maxConcurrent\": 32}}, \"packing\": {\"enabled\": false}}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int before = servers.requests();
        String labels;
        Context.Builder builder = Context.newBuilder("lingo").err(err).allowIO(IOAccess.ALL).currentWorkingDirectory(project)
                        .environment("OPENAI_BASE_URL", servers.openai().apiBase().toString()).environment("OPENAI_API_KEY", "sk-test")
                        .option("lingo.Summary", "true");
        if (servers.anthropic() != null) {
            builder.environment("ANTHROPIC_BASE_URL", servers.anthropic().baseUrl().toString()).environment("ANTHROPIC_API_KEY", "sk-ant-test");
        }
        try (Context c = builder.build()) {
            labels = c.eval("lingo", program).asString();
        }
        String text = err.toString(StandardCharsets.UTF_8);
        String summary = text.lines().filter(l -> l.contains("model call")).reduce((a, b) -> b).orElse(text);
        Matcher cost = SUMMARY_COST.matcher(summary);
        double dollars = cost.find() ? Double.parseDouble(cost.group(1)) : 0;
        return new Outcome(Arrays.asList(labels.split(",")), dollars, summary, servers.requests() - before);
    }

    @Test
    void aCascadeCostsAThirdOfTheBetterModelAndKeepsItsAnswers(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer().answerEachScored(CascadeScaleTest::answer)) {
            costAndAnswers(project, server);
        }
    }

    private static void costAndAnswers(Path project, FakeOpenAiServer server) throws IOException {
        Outcome better = run("better", project.resolve("better"), server);
        Outcome cascade = run("cascade(cheap, better, {threshold: 0.9})", project.resolve("cascade"), server);
        double ratio = cascade.cost() / better.cost();
        System.out.printf("better only: $%.6f, accuracy %.3f; cascade 0.9: $%.6f (%.3f of it), accuracy %.3f; %s%n", better.cost(),
                        better.accuracy(), cascade.cost(), ratio, cascade.accuracy(), cascade.summary());
        assertEquals(1.0, better.accuracy());
        assertTrue(better.labels().equals(cascade.labels()), "the cascade answers as the better model on every labelled item; accuracy "
                        + cascade.accuracy());
        assertTrue(ratio <= 0.35, "cascade cost / better cost: " + ratio);
        assertTrue(cascade.summary().contains("cascade triage: 800 of 1000 answered by openai:gpt-4o-mini, 200 by openai:gpt-4o"),
                        cascade.summary());

        Outcome warm = run("cascade(cheap, better, {threshold: 0.9})", project.resolve("cascade"), server);
        assertTrue(cascade.labels().equals(warm.labels()), "a warm rerun gives the same answers");
        assertEquals(0, warm.requests(), "a warm rerun decides from the cache: " + warm.summary());
        assertTrue(warm.summary().contains("cascade triage: 800 of 1000 answered by openai:gpt-4o-mini, 200 by openai:gpt-4o"),
                        warm.summary());
    }

    @Test
    void accuracyAndCostAgainstTheThreshold(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer().answerEachScored(CascadeScaleTest::answer)) {
            curve(project, server);
        }
    }

    private static void curve(Path project, FakeOpenAiServer server) throws IOException {
        double betterCost = run("better", project.resolve("better"), server).cost();
        double previousAccuracy = 0;
        for (double threshold : new double[] {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99}) {
            Outcome o = run("cascade(cheap, better, {threshold: " + threshold + "})", project.resolve("cascade-" + threshold), server);
            Matcher kept = Pattern.compile("(\\d+) of 1000 answered by openai:gpt-4o-mini").matcher(o.summary());
            String cheap = kept.find() ? kept.group(1) : "?";
            System.out.printf("threshold %.2f: accuracy %.3f, cheap kept %s, cost %.3f of gpt-4o alone%n", threshold, o.accuracy(), cheap,
                            o.cost() / betterCost);
            assertTrue(o.accuracy() >= previousAccuracy, "accuracy does not fall as the threshold rises: " + threshold);
            previousAccuracy = o.accuracy();
        }
        assertEquals(1.0, previousAccuracy);
    }

    @Test
    void statedConfidenceAgainstTheThreshold(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer openai = new FakeOpenAiServer().answerEachScored(CascadeScaleTest::answer);
             FakeAnthropicServer anthropic = new FakeAnthropicServer().toolAnswerEach(CascadeScaleTest::stated)) {
            Servers servers = new Servers("anthropic(\"claude-3-5-haiku-latest\")", openai, anthropic);
            double betterCost = run("better", project.resolve("better"), servers).cost();
            double previousAccuracy = 0;
            for (double threshold : new double[] {0.0, 0.7, 0.8, 0.85, 0.9, 0.95}) {
                Outcome o = run("cascade(cheap, better, {threshold: " + threshold + "})", project.resolve("stated-" + threshold), servers);
                Matcher kept = Pattern.compile("(\\d+) of 1000 answered by anthropic:claude-3-5-haiku-latest").matcher(o.summary());
                String cheap = kept.find() ? kept.group(1) : "?";
                System.out.printf("stated, threshold %.2f: accuracy %.3f, haiku kept %s, cost %.3f of gpt-4o alone; %s%n", threshold,
                                o.accuracy(), cheap, o.cost() / betterCost, o.summary());
                assertTrue(o.accuracy() >= previousAccuracy, "accuracy does not fall as the threshold rises: " + threshold);
                previousAccuracy = o.accuracy();
            }
            assertEquals(1.0, previousAccuracy);
        }
    }
}
