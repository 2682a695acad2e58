package dev.lingo.language;

import com.oracle.truffle.api.TruffleFile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Maps {@code *.lingo} files to Lingo, so {@code Source.newBuilder(file)} finds the language. */
public final class LingoFileDetector implements TruffleFile.FileTypeDetector {

    @Override
    public String findMimeType(TruffleFile file) {
        String name = file.getName();
        return name != null && name.endsWith(".lingo") ? LingoLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) {
        return StandardCharsets.UTF_8;
    }
}
