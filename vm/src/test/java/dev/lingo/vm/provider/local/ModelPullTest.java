package dev.lingo.vm.provider.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeFileServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a local server that behaves like a model hub: ranges, broken connections, wrong bytes. */
class ModelPullTest {

    private static final int SIZE = 700_000;

    @TempDir
    Path cache;
    byte[] content;
    String sha;
    FakeFileServer server;
    ModelPull pull;

    @BeforeEach
    void serve() throws Exception {
        content = new byte[SIZE];
        new Random(5).nextBytes(content);
        sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        server = new FakeFileServer(content);
        pull = new ModelPull(cache);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CatalogueEntry entry(Long size, String sha256) {
        return new CatalogueEntry("toy", server.url("toy.gguf"), "toy.gguf", size, sha256, "a test file");
    }

    @Test
    void aFreshDownloadReportsProgressAndIsVerified() throws Exception {
        List<long[]> updates = new ArrayList<>();
        PullResult r = pull.pull(entry((long) SIZE, sha), (done, total) -> updates.add(new long[] {done, total}));
        assertArrayEquals(content, Files.readAllBytes(cache.resolve("toy.gguf")));
        assertTrue(r.verified() && !r.alreadyPresent());
        assertEquals(sha, r.sha256());
        assertEquals(0, r.resumedFrom());
        assertEquals(List.of(""), server.ranges());
        assertFalse(Files.exists(cache.resolve("toy.gguf.part")));
        for (int i = 1; i < updates.size(); i++) {
            assertTrue(updates.get(i)[0] >= updates.get(i - 1)[0], "progress never goes back");
        }
        assertArrayEquals(new long[] {SIZE, SIZE}, updates.getLast());
    }

    @Test
    void anInterruptedDownloadResumesWithARangeRequest() throws Exception {
        server.dropNextAfter(250_000);
        ModelPullException broken = assertThrows(ModelPullException.class, () -> pull.pull(entry((long) SIZE, sha), PullProgress.NONE));
        assertTrue(broken.getMessage().contains("run the pull again to resume"), broken.getMessage());
        long kept = Files.size(cache.resolve("toy.gguf.part"));
        assertTrue(kept > 0 && kept <= 250_000, "kept " + kept);
        assertFalse(Files.exists(cache.resolve("toy.gguf")));

        PullResult r = pull.pull(entry((long) SIZE, sha), PullProgress.NONE);
        assertEquals(kept, r.resumedFrom());
        assertEquals("bytes=" + kept + "-", server.ranges().getLast());
        assertArrayEquals(content, Files.readAllBytes(r.file()));
        assertTrue(r.verified());
    }

    @Test
    void aServerThatIgnoresRangesMakesThePartStartOver() throws Exception {
        server.dropNextAfter(100_000);
        assertThrows(ModelPullException.class, () -> pull.pull(entry(null, sha), PullProgress.NONE));
        server.ignoreRanges();
        PullResult r = pull.pull(entry(null, sha), PullProgress.NONE);
        assertEquals(0, r.resumedFrom());
        assertTrue(server.ranges().getLast().startsWith("bytes="), "it was asked for a range");
        assertArrayEquals(content, Files.readAllBytes(r.file()));
    }

    @Test
    void aChecksumMismatchDeletesTheDownloadAndSaysSo() {
        String wrong = "0".repeat(64);
        ModelPullException e = assertThrows(ModelPullException.class, () -> pull.pull(entry((long) SIZE, wrong), PullProgress.NONE));
        assertTrue(e.getMessage().contains("corrupt") && e.getMessage().contains(sha) && e.getMessage().contains(wrong),
                e.getMessage());
        assertFalse(Files.exists(cache.resolve("toy.gguf")));
        assertFalse(Files.exists(cache.resolve("toy.gguf.part")));
    }

    @Test
    void aFileAlreadyInTheCacheIsCheckedNotDownloaded() throws Exception {
        pull.pull(entry((long) SIZE, sha), PullProgress.NONE);
        PullResult again = pull.pull(entry((long) SIZE, sha), PullProgress.NONE);
        assertTrue(again.alreadyPresent());
        assertEquals(1, server.ranges().size());

        Files.write(cache.resolve("toy.gguf"), new byte[] {1, 2, 3});
        ModelPullException e = assertThrows(ModelPullException.class, () -> pull.pull(entry((long) SIZE, sha), PullProgress.NONE));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertFalse(Files.exists(cache.resolve("toy.gguf")));
    }

    @Test
    void anUnpinnedEntryIsDownloadedAndItsChecksumReported() throws Exception {
        PullResult r = pull.pull(entry(null, null), PullProgress.NONE);
        assertFalse(r.verified());
        assertEquals(sha, r.sha256());
        assertEquals(SIZE, r.bytes());
    }

    @Test
    void aMissingFileIsAClearError() {
        CatalogueEntry missing = new CatalogueEntry("gone", server.url("x").resolve("/elsewhere/gone.gguf"), "gone.gguf",
                null, null, "");
        ModelPullException e = assertThrows(ModelPullException.class, () -> pull.pull(missing, PullProgress.NONE));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void theBuiltInCatalogueNamesTheDefaultModelAndRejectsUnknownNames() {
        ModelCatalogue catalogue = ModelCatalogue.builtIn();
        CatalogueEntry qwen = catalogue.require("qwen2.5-0.5b-instruct");
        assertTrue(qwen.url().toString().endsWith("qwen2.5-0.5b-instruct-q4_k_m.gguf"));
        assertEquals(cache.resolve("qwen2.5-0.5b-instruct-q4_k_m.gguf"), pull.pathOf(qwen));
        ModelPullException e = assertThrows(ModelPullException.class, () -> catalogue.require("gpt-5"));
        assertTrue(e.getMessage().contains("qwen2.5-0.5b-instruct"), e.getMessage());
    }
}
