package dev.lingo.vm.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.answer.ValidationError;
import dev.lingo.vm.provider.ApiKey;
import dev.lingo.vm.provider.ProviderRejectedException;
import dev.lingo.vm.schedule.RetriesExhaustedException;
import java.util.List;
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

    @Test
    void aKeyRememberedLaterIsScrubbedWhateverItsNameButNotOneTooShortToBeAKey() {
        SecretRedactor r = SecretRedactor.none();
        assertEquals("use corp.key.0042", r.redact("use corp.key.0042"));
        r.remember(ApiKey.of("corp.key.0042"));
        r.remember(ApiKey.of("ollama"));
        assertEquals("use [REDACTED] with ollama", r.redact("use corp.key.0042 with ollama"));
    }

    @Test
    void aFailureIsScrubbedInPlaceWithItsRawAnswerAndItsCauses() {
        SecretRedactor r = new SecretRedactor(List.of(ApiKey.of("corp.key.0042")));
        InvalidAnswerException misfit = new InvalidAnswerException("Int",
                List.of(new ValidationError("", "Int", "expected Int, got \"corp.key.0042\"")), "corp.key.0042", 1);
        assertSame(misfit, r.redact(misfit));
        assertEquals("[REDACTED]", misfit.rawAnswer());
        assertEquals("expected Int, got \"[REDACTED]\"", misfit.errors().getFirst().problem());
        assertEquals("the model's answer does not fit Int: answer: expected Int, got \"[REDACTED]\"\nraw answer: [REDACTED]",
                misfit.getMessage());

        var rejected = new ProviderRejectedException("openai", 400, "bad key corp.key.0042");
        var exhausted = new RetriesExhaustedException(rejected, 2);
        r.redact(exhausted);
        assertEquals("openai: request rejected (HTTP 400): bad key [REDACTED] (gave up after 2 attempts)", exhausted.getMessage());
        assertEquals("openai: request rejected (HTTP 400): bad key [REDACTED]", exhausted.last().getMessage(), "the cause too");
    }
}
