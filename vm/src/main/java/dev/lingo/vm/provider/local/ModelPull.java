package dev.lingo.vm.provider.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;

/**
 * Downloads catalogued models into the model cache. A download goes to {@code FILE.part} first;
 * when interrupted, the next pull asks for the rest with an HTTP {@code Range} request (a server
 * that ignores it sends the whole file, and the part is started over). A finished file is checked
 * against the catalogue's size and SHA-256 before it gets its real name; a mismatch deletes it.
 */
public final class ModelPull {

    private static final int CHUNK = 64 * 1024;

    private final Path modelDir;
    private final HttpClient http;

    public ModelPull(Path modelDir) {
        this.modelDir = modelDir;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** Into {@code LINGO_MODEL_DIR}, else {@code ~/.cache/lingo/models}. */
    public static ModelPull fromEnvironment(Map<String, String> env) {
        return new ModelPull(LingoCacheDirs.models(env));
    }

    /** Where the entry's file is (or will be) kept. */
    public Path pathOf(CatalogueEntry entry) {
        return modelDir.resolve(entry.fileName());
    }

    public PullResult pull(CatalogueEntry entry, PullProgress progress) {
        Path target = pathOf(entry);
        Path part = modelDir.resolve(entry.fileName() + ".part");
        try {
            Files.createDirectories(modelDir);
            if (Files.isRegularFile(target)) {
                return present(entry, target);
            }
            long resumedFrom = Files.isRegularFile(part) ? Files.size(part) : 0;
            long kept = download(entry, part, resumedFrom, progress);
            String sha = verify(entry, part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new PullResult(target, Files.size(target), sha, entry.pinned(), false, kept);
        } catch (IOException e) {
            throw new ModelPullException("cannot write to the model cache " + modelDir + ": " + e.getMessage(), e);
        }
    }

    /** A file already in the cache is checked again, so a corrupted one is not loaded. */
    private PullResult present(CatalogueEntry entry, Path target) throws IOException {
        String sha = Sha256.of(target);
        if (entry.pinned() && !entry.sha256().equals(sha)) {
            Files.delete(target);
            throw new ModelPullException(entry.fileName() + " in the model cache was damaged (SHA-256 " + sha
                    + ", expected " + entry.sha256() + ") and has been deleted; run the pull again");
        }
        return new PullResult(target, Files.size(target), sha, entry.pinned(), true, 0);
    }

    /** Returns how many bytes of an earlier part were kept. */
    private long download(CatalogueEntry entry, Path part, long have, PullProgress progress) throws IOException {
        if (entry.size() != null && have == entry.size()) {
            progress.update(have, have);
            return have; // the part is whole: only the check is left
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(entry.url()).GET().timeout(Duration.ofMinutes(2));
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = send(entry.url(), request.build());
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            if (status == 416 && have > 0) {
                Files.delete(part); // the part does not fit the file the server has now
                throw new ModelPullException("the server has a different file than the partial download, which was "
                        + "deleted; run the pull again");
            }
            if (status != 200 && status != 206) {
                throw new ModelPullException("download of " + entry.url() + " failed: HTTP " + status);
            }
            long start = 0; // a 200 is the whole file: a server without ranges, so the part starts over
            if (status == 206) {
                if (have == 0 || !HttpRanges.startsAt(response, have)) {
                    throw new ModelPullException("the server sent a part of " + entry.fileName()
                            + " that was not asked for; run the pull again");
                }
                start = have;
            }
            long total = HttpRanges.total(response, start, entry.size());
            copy(body, part, start, total, entry.url(), progress);
            return start;
        }
    }

    private HttpResponse<InputStream> send(URI url, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ModelPullException("cannot reach " + url.getHost() + ": " + e.getMessage()
                    + "; check the network (or proxy) and run the pull again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelPullException("the download was interrupted", e);
        }
    }

    private static void copy(InputStream body, Path part, long start, long total, URI url, PullProgress progress)
            throws IOException {
        long done = start;
        StandardOpenOption mode = start > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[CHUNK];
            progress.update(done, total);
            while (true) {
                int n;
                try {
                    n = body.read(buffer);
                } catch (IOException e) {
                    out.flush();
                    throw new ModelPullException("the download from " + url.getHost() + " broke off after " + (done)
                            + " bytes: " + e.getMessage() + "; run the pull again to resume", e);
                }
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                done += n;
                progress.update(done, total);
            }
        }
        if (total >= 0 && done < total) {
            throw new ModelPullException("the download from " + url.getHost() + " ended after " + done + " of " + total
                    + " bytes; run the pull again to resume");
        }
    }

    private static String verify(CatalogueEntry entry, Path part) throws IOException {
        long size = Files.size(part);
        String sha = Sha256.of(part);
        boolean wrongSize = entry.size() != null && size != entry.size();
        boolean wrongSha = entry.pinned() && !entry.sha256().equals(sha);
        if (wrongSize || wrongSha) {
            Files.delete(part);
            throw new ModelPullException("the download of " + entry.name() + " is corrupt and was deleted: "
                    + (wrongSha ? "SHA-256 " + sha + ", expected " + entry.sha256()
                                : size + " bytes, expected " + entry.size()) + "; run the pull again");
        }
        return sha;
    }
}
