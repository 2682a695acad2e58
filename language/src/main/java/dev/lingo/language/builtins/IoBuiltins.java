package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.FileBytes;
import dev.lingo.language.LingoContext;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.Strings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.StandardOpenOption;

/** Files and lines. Paths are relative to the working directory; text is UTF-8. */
final class IoBuiltins {

    private IoBuiltins() {
    }

    static void register() {
        add("prelude.read", 1, 1, (a, n) -> read(file(a[0], "read", n), n));
        add("prelude.readLines", 1, 1, (a, n) -> Strings.lines(read(file(a[0], "readLines", n), n)));
        add("prelude.write", 2, 2, (a, n) -> write(file(a[0], "write", n), Display.show(a[1]), false, n));
        add("prelude.append", 2, 2, (a, n) -> write(file(a[0], "append", n), Display.show(a[1]), true, n));
        add("prelude.writeLines", 2, 2, (a, n) -> {
            LingoList lines = Args.list(a[1], "writeLines' lines", n);
            StringBuilder sb = new StringBuilder();
            for (Object line : lines.items()) {
                sb.append(Display.show(line)).append('\n');
            }
            return write(file(a[0], "writeLines", n), sb.toString(), false, n);
        });
        add("prelude.exists", 1, 1, (a, n) -> file(a[0], "exists", n).exists());
        add("prelude.listFiles", 1, 2, (a, n) -> listFiles(file(a[0], "listFiles", n),
                        a.length > 1 ? Args.string(a[1], "listFiles' pattern", n) : "*", n));
        add("prelude.here", 1, 1, (a, n) -> here(Args.string(a[0], "here's path", n), n));
        add("prelude.lines", 1, 1, (a, n) -> Strings.lines(Args.string(a[0], "lines' argument", n)));
        add("prelude.input", 0, 1, (a, n) -> {
            String line = inputLine(a.length == 0 ? "" : Args.string(a[0], "input's prompt", n), n);
            return line == null ? LingoNull.INSTANCE : line;
        });
        add("prelude.inputLines", 0, 0, (a, n) -> {
            java.util.List<Object> lines = new java.util.ArrayList<>();
            for (String line; (line = inputLine("", n)) != null; ) {
                lines.add(line);
            }
            return new LingoList(lines.toArray());
        });
    }

    private static String inputLine(String prompt, Node n) {
        try {
            String line = LingoContext.get(n).readInputLine(prompt);
            return line != null && line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (java.io.IOException e) {
            throw LingoError.of("IOError", "Cannot read the standard input: " + e.getMessage(), n);
        }
    }

    /** {@code path} relative to the folder of the script that calls {@code here}. */
    private static String here(String path, Node n) {
        Node caller = Truffle.getRuntime().iterateFrames(frame -> {
            Node call = frame.getCallNode();
            SourceSection section = call == null ? null : call.getEncapsulatingSourceSection();
            return section != null && section.getSource().getPath() != null ? call : null;
        });
        if (caller == null) {
            return path;
        }
        TruffleFile script = LingoContext.get(n).env().getPublicTruffleFile(caller.getEncapsulatingSourceSection().getSource().getPath());
        TruffleFile dir = script.getAbsoluteFile().getParent();
        try {
            return dir == null ? path : dir.resolve(path).normalize().getPath();
        } catch (InvalidPathException e) {
            throw invalidPath("here", path, e, n);
        }
    }

    static TruffleFile file(Object path, String fn, Node n) {
        String p = Args.string(path, fn + "'s path", n);
        try {
            return LingoContext.get(n).env().getPublicTruffleFile(p);
        } catch (InvalidPathException e) {
            throw invalidPath(fn, p, e, n);
        }
    }

    /** A path the file system cannot even name (a NUL in it): an IOError showing the path as a literal. */
    private static LingoError invalidPath(String fn, String path, InvalidPathException e, Node n) {
        return LingoError.of("IOError", "`" + fn + "` cannot use the path " + Display.repr(path) + ": " + e.getReason(), n);
    }

    /** The files (not folders) directly in {@code dir} whose names match the glob {@code pattern}, sorted by name. */
    private static LingoList listFiles(TruffleFile dir, String pattern, Node n) {
        java.nio.file.PathMatcher matcher;
        try {
            matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (IllegalArgumentException e) { // PatternSyntaxException among them
            throw LingoError.of("ValueError", "listFiles' pattern " + Display.repr(pattern) + " is not a glob (such as \"*.txt\" or"
                            + " \"report-??.{md,txt}\"): " + e.getMessage().lines().findFirst().orElse(""), n);
        }
        try {
            if (!dir.isDirectory()) {
                throw LingoError.of("IOError", "Cannot list " + dir.getPath() + ": " + (dir.exists() ? "it is not a folder" : "no such folder"), n);
            }
            java.util.List<String> names = new java.util.ArrayList<>();
            for (TruffleFile f : dir.list()) {
                String name = f.getName();
                if (name != null && f.isRegularFile() && matcher.matches(java.nio.file.Path.of(name))) {
                    names.add(name);
                }
            }
            java.util.Collections.sort(names);
            return new LingoList(names.stream().map(name -> (Object) dir.resolve(name).getPath()).toArray());
        } catch (IOException | SecurityException e) {
            throw LingoError.of("IOError", "Cannot list " + dir.getPath() + ": " + reason(e), n);
        }
    }

    private static String read(TruffleFile file, Node n) {
        try {
            return new String(FileBytes.read(file), StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            throw LingoError.of("IOError", "Cannot read " + file.getPath() + ": " + reason(e), n);
        }
    }

    private static Object write(TruffleFile file, String text, boolean append, Node n) {
        dev.lingo.language.ahead.Speculation.checkEffect();
        try (var out = append
                        ? file.newOutputStream(StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)
                        : file.newOutputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            throw LingoError.of("IOError", "Cannot write " + file.getPath() + ": " + reason(e), n);
        }
        return LingoNull.INSTANCE;
    }

    static String reason(Exception e) {
        if (e instanceof FileBytes.Unreadable) {
            return e.getMessage();
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
