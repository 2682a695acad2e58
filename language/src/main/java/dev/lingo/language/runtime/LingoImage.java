package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.vm.provider.ImageInput;

/** {@code image(path)}: a picture for the opcodes to send with their text (spec 15.13). Immutable. */
@ExportLibrary(InteropLibrary.class)
public final class LingoImage implements TruffleObject {

    private final String path;
    private final ImageInput image;

    public LingoImage(String path, ImageInput image) {
        this.path = path;
        this.image = image;
    }

    /** The path it was read from, as given. */
    public String path() {
        return path;
    }

    public ImageInput image() {
        return image;
    }

    /** {@code <image cat.png image/png 12 KB>}: never the bytes. */
    @Override
    @TruffleBoundary
    public String toString() {
        return "<image " + path + " " + image.mediaType() + " " + ImageInput.sizeText(image.size()) + ">";
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
