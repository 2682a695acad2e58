package dev.lingo.language;

import com.oracle.truffle.api.TruffleFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a whole file for {@code read} and {@code import}, refusing what would never end or not
 * fit: a directory, a device ({@code /dev/zero}) and anything over {@link #MAX_BYTES}. Pipes
 * ({@code /dev/stdin} fed by {@code |}) are read to their end, up to the same limit.
 */
public final class FileBytes {

    /** 1 GiB: the most a Lingo String (a Java String) can comfortably hold. Documented in chapter 14.3. */
    public static final int MAX_BYTES = 1 << 30;

    private static final int FILE_TYPE_BITS = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;

    private FileBytes() {
    }

    /** Why a file cannot be read, as the end of a sentence: "it is a directory". */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason);
        }
    }

    public static byte[] read(TruffleFile file) throws IOException {
        return read(file, MAX_BYTES);
    }

    /** As {@link #read(TruffleFile)}, with a lower limit ({@code readDocument}'s). */
    public static byte[] read(TruffleFile file, int maxBytes) throws IOException {
        if (file.isDirectory()) {
            throw new Unreadable("it is a directory");
        } else if (file.isRegularFile()) {
            checkSize(file.size(), maxBytes);
        } else if (isDevice(file)) {
            throw new Unreadable("it is a device, not a regular file");
        }
        try (InputStream in = file.newInputStream()) {
            return readUpToLimit(in, maxBytes);
        }
    }

    /** By plain reads: readNBytes asks the channel its size and position, which a pipe cannot tell ("Illegal seek"). */
    private static byte[] readUpToLimit(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 << 10];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            if (bytes.size() + n > maxBytes) {
                throw tooLarge("more than " + (maxBytes >> 20) + " MiB", maxBytes); // a pipe, or a file that grew while it was read
            }
            bytes.write(chunk, 0, n);
        }
        return bytes.toByteArray();
    }

    private static void checkSize(long size, int maxBytes) throws Unreadable {
        if (size > maxBytes) {
            throw tooLarge(((size + (1 << 20) - 1) >> 20) + " MiB", maxBytes);
        }
    }

    private static Unreadable tooLarge(String size, int maxBytes) {
        return new Unreadable("it is too large (" + size + "; the limit is " + (maxBytes >> 20) + " MiB)");
    }

    private static boolean isDevice(TruffleFile file) {
        try {
            int type = file.getAttribute(TruffleFile.UNIX_MODE) & FILE_TYPE_BITS;
            return type == CHARACTER_DEVICE || type == BLOCK_DEVICE;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // not a POSIX file system: reading stops at the limit anyway
        }
    }
}
