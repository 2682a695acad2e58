package dev.lingo.vm.provider.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The offline model's library (DJL) calls home on first use unless told not to: the fuzzer caught
 * an offline extract trying to reach 169.254.169.254. Loading the model sets DJL's opt-out first.
 */
class NoCallHomeTest {

    @Test
    void loadingTheOfflineModelOptsOutOfDjlTracking() {
        MiniLmEmbedder.similarity("a cat", "a dog");
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
    }
}
