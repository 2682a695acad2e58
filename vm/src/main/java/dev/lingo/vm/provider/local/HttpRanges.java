package dev.lingo.vm.provider.local;

import java.net.http.HttpResponse;

/** Reading {@code Content-Range} / {@code Content-Length} of a (partial) download. */
final class HttpRanges {

    private HttpRanges() {
    }

    /** Whether a 206 answer continues exactly where our part ends ({@code Content-Range: bytes START-END/TOTAL}). */
    static boolean startsAt(HttpResponse<?> response, long start) {
        return response.headers().firstValue("Content-Range")
                .map(v -> v.strip().startsWith("bytes " + start + "-"))
                .orElse(false);
    }

    /** The whole file's size: from Content-Range, else start + Content-Length, else the catalogue's, else -1. */
    static long total(HttpResponse<?> response, long start, Long catalogued) {
        String range = response.headers().firstValue("Content-Range").orElse("");
        int slash = range.lastIndexOf('/');
        if (slash >= 0 && !range.endsWith("*")) {
            try {
                return Long.parseLong(range.substring(slash + 1).strip());
            } catch (NumberFormatException ignored) {
                // fall through to Content-Length
            }
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (length >= 0) {
            return start + length;
        }
        return catalogued == null ? -1 : catalogued;
    }
}
