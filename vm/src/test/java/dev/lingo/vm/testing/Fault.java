package dev.lingo.vm.testing;

/**
 * One way a provider can fail a single request, as {@link FaultInjector} plays it on the real wire
 * protocol, with how often a {@link FaultSchedule} picks it (per mille of requests) and the error
 * kind a Lingo script sees when it is the last thing that happened to a call.
 */
public enum Fault {
    /** A valid answer at once. */
    NONE(0, null),
    /** No byte until long after the client's timeout. */
    TIMEOUT(20, "ModelTimeoutError"),
    /** Headers at once, then the body a byte at a time, far slower than the timeout allows. */
    TRICKLE(20, "ModelTimeoutError"),
    /** The connection closed without any response. */
    RESET(30, "ModelProviderError"),
    /** HTTP 429 with {@code Retry-After: 1}. */
    RATE_LIMITED(30, "ModelRateLimitError"),
    /** HTTP 500, 502 or 503 in OpenAI's error shape. */
    SERVER_ERROR(30, "ModelProviderError"),
    /** {@code finish_reason: "length"} with the content cut off half way. */
    LENGTH(15, "ModelTruncatedError"),
    /** The body's whole length announced, half of it sent, then the connection closed. */
    CUT_BODY(20, "ModelProviderError"),
    /** HTTP 200 whose body is not JSON, or JSON of the wrong shape (choices a string). */
    BAD_JSON(15, "ModelProviderError"),
    /** A well-formed response whose content is JSON of the wrong type for the schema asked for. */
    WRONG_TYPE(20, "ModelAnswerError");

    private final int perMille;
    private final String errorKind;

    Fault(int perMille, String errorKind) {
        this.perMille = perMille;
        this.errorKind = errorKind;
    }

    public int perMille() {
        return perMille;
    }

    /** The kind of the Lingo error a call that ended on this fault should raise; null for {@link #NONE}. */
    public String errorKind() {
        return errorKind;
    }
}
