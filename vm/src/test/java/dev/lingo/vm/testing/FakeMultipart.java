package dev.lingo.vm.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code multipart/form-data} body the way a server does: each part's name and its text. */
final class FakeMultipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)content-disposition:[^\\r\\n]*\\bname=\"([^\"]*)\"");

    private FakeMultipart() {
    }

    /** Part name to content; empty when the request is not multipart. */
    static Map<String, String> parts(RecordedRequest request) {
        Map<String, String> parts = new LinkedHashMap<>();
        String type = request.header("content-type");
        Matcher b = type == null ? null : BOUNDARY.matcher(type);
        if (b == null || !type.startsWith("multipart/form-data") || !b.find()) {
            return parts;
        }
        String[] chunks = request.body().split("--" + Pattern.quote(b.group(1)));
        for (String chunk : chunks) {
            int split = chunk.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            Matcher name = NAME.matcher(chunk.substring(0, split));
            if (name.find()) {
                String body = chunk.substring(split + 4);
                parts.put(name.group(1), body.endsWith("\r\n") ? body.substring(0, body.length() - 2) : body);
            }
        }
        return parts;
    }
}
