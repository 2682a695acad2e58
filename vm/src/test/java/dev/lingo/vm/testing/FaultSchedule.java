package dev.lingo.vm.testing;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Which {@link Fault} the n-th request for a prompt meets, decided by a seed, the prompt's key and
 * the attempt number alone: the same seed gives the same faults whatever order requests arrive
 * in, so a run reproduces. Each fault comes at its {@link Fault#perMille} rate times {@code scale}
 * (1 gives 20% faulty requests; 0 none).
 */
public record FaultSchedule(long seed, double scale) {

    public FaultSchedule {
        if (scale < 0 || scale * faultyPerMille() > 1000) {
            throw new IllegalArgumentException("scale must keep the faults within 100%: " + scale);
        }
    }

    public Fault faultFor(String key, int attempt) {
        long h = seed;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = h * 0x100000001B3L ^ b;
        }
        double draw = new SplittableRandom(h * 31 + attempt).nextDouble() * 1000;
        double upTo = 0;
        for (Fault f : Fault.values()) {
            upTo += f.perMille() * scale;
            if (f != Fault.NONE && draw < upTo) {
                return f;
            }
        }
        return Fault.NONE;
    }

    private static int faultyPerMille() {
        int sum = 0;
        for (Fault f : Fault.values()) {
            sum += f.perMille();
        }
        return sum;
    }
}
