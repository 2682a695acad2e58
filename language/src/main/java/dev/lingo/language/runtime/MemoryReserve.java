package dev.lingo.language.runtime;

/**
 * A little heap kept aside so that a MemoryError can still be built, caught and reported when a
 * program has filled the heap with small values it still holds (a list or chain of records that
 * grows forever): the first OutOfMemoryError gives it back, a {@code try} that caught one takes it again.
 */
public final class MemoryReserve {

    private static final int SIZE = (int) Math.max(256 << 10, Math.min(16 << 20, Runtime.getRuntime().maxMemory() / 32));

    private static volatile byte[] reserve;

    private MemoryReserve() {
    }

    static void release() {
        reserve = null;
    }

    /**
     * Sets the reserve aside: when a context starts (so never first at a full heap), and after a
     * {@code try} handled a MemoryError (the program may have let go of what filled the heap).
     */
    public static void keep() {
        if (reserve == null) {
            try {
                reserve = new byte[SIZE];
            } catch (OutOfMemoryError stillFull) {
                // the handler kept the data; the next MemoryError is reported without a reserve
            }
        }
    }
}
