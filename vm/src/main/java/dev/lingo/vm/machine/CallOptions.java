package dev.lingo.vm.machine;

/**
 * Per-call options of an opcode ({@code using fast {temperature: 0.2, retries: 3}}); null means
 * the provider's default (or, for retries, {@link dev.lingo.vm.call.ModelCaller#DEFAULT_RETRIES}).
 */
public record CallOptions(Double temperature, Integer maxTokens, Long seed, Integer retries) {

    public static final CallOptions NONE = new CallOptions(null, null, null, null);

    public int retriesOrDefault() {
        return retries == null ? dev.lingo.vm.call.ModelCaller.DEFAULT_RETRIES : retries;
    }
}
