package dev.lingo.vm.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunLedgerTest {

    private static CallRecord call(Usage usage, Double cost, int retries, String error, long millis) {
        return new CallRecord(Instant.EPOCH, "openai", "m", List.of(Message.user("x")), null, null, null,
                usage, cost, Duration.ofMillis(millis), retries, error, null);
    }

    @Test
    void sumsCallsTokensCostAndTime() {
        RunLedger ledger = new RunLedger();
        ledger.record(call(new Usage(1000, 50, 200, 0), 0.0002, 1, null, 1200));
        ledger.record(call(new Usage(500, 30, 0, 0), 0.0001, 2, "bad answer", 800));
        ledger.record(call(new Usage(100, 10, 0, 0), null, 0, null, 310));
        assertEquals(3, ledger.calls());
        assertEquals("3 model calls (1 failed, 3 re-asks), 1600 tokens in (200 cached), 90 out, $0.000300"
                + " + 1 unpriced call, 2.31 s waiting", ledger.summary());
    }

    @Test
    void aQuietRunSaysSo() {
        assertEquals("0 model calls, 0 tokens in, 0 out, $0.000000, 0.00 s waiting", new RunLedger().summary());
    }
}
