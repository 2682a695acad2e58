package dev.lingo.vm.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition that concurrent work will make true: polls until it holds, or fails the
 * test after a generous deadline. For ordering ("the second request starts after the first is
 * held"), never for speed: the deadline only turns a hang into a failure.
 */
public final class Eventually {

    private static final long DEADLINE_MILLIS = 20_000;

    private Eventually() {
    }

    public static void until(BooleanSupplier condition, Supplier<String> whatWasExpected) {
        long end = System.nanoTime() + DEADLINE_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                fail("gave up waiting for " + whatWasExpected.get());
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for " + whatWasExpected.get());
            }
        }
    }
}
