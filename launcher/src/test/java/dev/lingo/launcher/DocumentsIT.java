package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/lingo reading documents and sending an image, as a user runs it: the libraries behind
 * readDocument (PDFBox, POI, jsoup) print nothing of their own on stderr, and no image's base64
 * reaches stderr or the trace.
 */
class DocumentsIT {
    private static final Path HOME = Path.of(System.getProperty("lingo.home", "..")).toAbsolutePath().normalize();
    private static final Path LINGO = HOME.resolve("bin/lingo");
    private static final Path FIXTURES = HOME.resolve("spec/tests/io-json/fixtures");
    private static final byte[] PNG = Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    private int run(String script, Map<String, String> extraEnv, String... options) throws Exception {
        Path file = Files.writeString(dir.resolve("main.lingo"), script);
        var command = new java.util.ArrayList<>(java.util.List.of(LINGO.toString(), "run", "--progress", "off"));
        command.addAll(java.util.List.of(options));
        command.add(file.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                        .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OPENAI") || k.startsWith("ANTHROPIC") || k.startsWith("LINGO") || k.equals("OLLAMA_HOST"));
        env.put("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        env.putAll(extraEnv);
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/lingo finished");
        return p.exitValue();
    }

    private String out(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    @Test
    void readingAPdfAndADocxPrintsNothingButTheProgramsOutput() throws Exception {
        String script = "let pdf = readDocument(\"" + FIXTURES.resolve("report.pdf") + "\")\n"
                        + "let memo = readDocument(\"" + FIXTURES.resolve("memo.docx") + "\")\n"
                        + "print(len(pdf.pages), memo.sections[0].title)\n";
        assertEquals(0, run(script, Map.of()), out("stderr.txt"));
        assertEquals("2 Decision", out("stdout.txt").strip());
        assertEquals("", out("stderr.txt"), "no Log4j, PDFBox or POI lines");
    }

    @Test
    void anImageGoesToTheModelAndNowhereElse() throws Exception {
        Files.write(dir.resolve("dot.png"), PNG);
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answer("a dot");
            int exit = run("print(gen String from [\"What is this?\", image(\"dot.png\")])\n",
                            Map.of("OPENAI_BASE_URL", server.apiBase().toString(), "OPENAI_API_KEY", "sk-test-documents"),
                            "--trace", dir.resolve("trace.jsonl").toString());
            assertEquals(0, exit, out("stderr.txt"));
            assertEquals("a dot", out("stdout.txt").strip());
            assertArrayEqualsPng(server);
            String base64 = Base64.getEncoder().encodeToString(PNG).substring(0, 20);
            assertFalse(out("stderr.txt").contains(base64));
            assertFalse(out("trace.jsonl").contains(base64));
            assertTrue(out("trace.jsonl").contains("<image sha256="), out("trace.jsonl"));
        }
    }

    private static void assertArrayEqualsPng(FakeOpenAiServer server) {
        var images = server.lastImages();
        assertEquals(1, images.size());
        assertTrue(java.util.Arrays.equals(PNG, images.getFirst().bytes()), "the model got the file's bytes");
    }
}
