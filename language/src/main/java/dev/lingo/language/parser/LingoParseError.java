package dev.lingo.language.parser;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A syntax or name error found before running. Its message is the full report a person reads:
 * location, one sentence, the source line with a caret, and a hint. Embedders see
 * {@code isSyntaxError()} and, for input that merely ended too early, {@code isIncompleteSource()}.
 */
@ExportLibrary(InteropLibrary.class)
public final class LingoParseError extends AbstractTruffleException {

    private static final long serialVersionUID = 1L;

    private final transient SourceSection section;
    private final boolean incomplete;
    private final String sentence;

    private LingoParseError(String report, String sentence, SourceSection section, boolean incomplete) {
        super(report);
        this.section = section;
        this.incomplete = incomplete;
        this.sentence = sentence;
    }

    /**
     * @param start character index of the culprit, {@code length} its length (at least 1 caret)
     */
    @TruffleBoundary
    public static LingoParseError at(Source source, int start, int length, String sentence, String hint, boolean incomplete) {
        int safeStart = Math.max(0, Math.min(start, source.getLength()));
        int safeLength = Math.max(0, Math.min(length, source.getLength() - safeStart));
        SourceSection section = source.createSection(safeStart, safeLength);
        return new LingoParseError(ErrorReport.format(source, safeStart, Math.max(1, length), sentence, hint),
                        sentence, section, incomplete);
    }

    /** The one-sentence reason, without location or source excerpt. */
    public String sentence() {
        return sentence;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incomplete;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection sourceLocation() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (section == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return section;
    }
}
