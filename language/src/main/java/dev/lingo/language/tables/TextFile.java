package dev.lingo.language.tables;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Display;

import java.io.BufferedReader;

/** A stream's file, and its path as the script wrote it (what messages and the stream's text form show). */
public record TextFile(TruffleFile file, String shown) {

    BufferedReader open(Node at) {
        return TextFiles.open(file, shown, at);
    }

    /** Whether both name the same file (however the paths were written). */
    boolean sameAs(TruffleFile other) {
        return file.getAbsoluteFile().normalize().equals(other.getAbsoluteFile().normalize());
    }

    /** {@code readCsv("tickets.csv")}. */
    String call(String function) {
        return function + "(" + Display.repr(shown) + ")";
    }
}
