package dev.lingo.spec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * Turns a {@link PolyglotException} into the text a golden {@code .err} file holds: the message, then one
 * {@code "  at name (file:line:col)"} line per guest frame. Paths are made relative to the suite's root so
 * expectations do not depend on where the repository is checked out.
 */
final class ErrorReport {
  /** Text that only a leaked Java stack trace contains; a user must never see it. */
  static final List<String> JAVA_LEAKS =
      List.of("at dev.lingo", "at java.", "at jdk.", "at org.graalvm.", "at com.oracle.", "java.lang.", "Exception:");

  private ErrorReport() {}

  static String format(PolyglotException e, List<Path> roots) {
    StringBuilder report = new StringBuilder();
    report.append(e.getMessage() == null ? "(no message)" : e.getMessage().stripTrailing()).append('\n');
    boolean anyGuestFrame = false;
    for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
      if (frame.isGuestFrame()) {
        anyGuestFrame = true;
        report.append("  at ").append(frame.getRootName() == null ? "<unknown>" : frame.getRootName());
        report.append(" (").append(location(frame.getSourceLocation(), roots)).append(")\n");
      }
    }
    if (e.isSyntaxError() && !anyGuestFrame && e.getSourceLocation() != null) {
      report.append("  at <parse> (").append(location(e.getSourceLocation(), roots)).append(")\n");
    }
    if (e.isIncompleteSource()) {
      report.append("  (incomplete input)\n"); // what lets a REPL ask for another line
    }
    if (e.isInternalError() || e.isHostException()) {
      // Kept visible on purpose: the no-Java-leak check then fails and shows the bug.
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      report.append("INTERNAL ERROR (a bug in Lingo):\n").append(trace);
    }
    return relativize(report.toString(), roots);
  }

  /** Replaces every absolute occurrence of a root directory by a path relative to it. */
  static String relativize(String text, List<Path> roots) {
    String result = text;
    for (Path root : roots) {
      result = result.replace("file://" + root + "/", "").replace(root + "/", "");
    }
    return result;
  }

  private static String location(SourceSection section, List<Path> roots) {
    if (section == null || !section.isAvailable()) {
      return "builtin";
    }
    String path = section.getSource().getPath();
    String file = path != null ? relativize(path, roots) : section.getSource().getName();
    return file + ":" + section.getStartLine() + ":" + section.getStartColumn();
  }
}
