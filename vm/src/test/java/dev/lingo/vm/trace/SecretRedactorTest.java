package dev.lingo.vm.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void secretsFromTheEnvironmentAndKeyShapedTextAreScrubbed() {
        SecretRedactor r = SecretRedactor.fromEnvironment(Map.of(
                "ANTHROPIC_API_KEY", "k-1234567890", "HF_TOKEN", "hf_abcdefgh", "HOME", "/home/ada", "SHORT_TOKEN", "abc"));
        assertEquals("a [REDACTED] b [REDACTED] /home/ada abc", r.redact("a k-1234567890 b hf_abcdefgh /home/ada abc"));
        assertEquals("key [REDACTED]", r.redact("key sk-ant-api03-ABCDEFGHIJKLMNOPQRST"));
        assertEquals("Authorization: Bearer [REDACTED]", r.redact("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload"));
        assertEquals("sk-short", r.redact("sk-short"));
    }
}
