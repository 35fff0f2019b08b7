package com.channelhub.connector.amazon.client;

import java.util.List;

/**
 * An SP-API or LWA call that did not succeed, with what Amazon said: the HTTP status, the first error's code and the
 * text of all {@code errors[]}, and the request id to quote to Amazon support. {@link #isRetryable()} tells whether
 * sending the same request later may succeed (throttling, 5xx, timeouts) or not (other 4xx).
 */
public class AmazonSpException extends RuntimeException {

    private final int status;
    private final String code;
    private final String requestId;
    private final boolean retryable;
    private final List<SpError> errors;

    public AmazonSpException(String message, int status, String code, String requestId, boolean retryable,
            List<SpError> errors, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
        this.retryable = retryable;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public AmazonSpException(String message, boolean retryable) {
        this(message, 0, null, null, retryable, List.of(), null);
    }

    /** HTTP status, or 0 when no answer came. */
    public int getStatus() {
        return status;
    }

    /** Amazon's error code (e.g. {@code InvalidInput}, {@code QuotaExceeded}, {@code invalid_grant}), or null. */
    public String getCode() {
        return code;
    }

    /** The {@code x-amzn-RequestId} of the failed answer, or null. */
    public String getRequestId() {
        return requestId;
    }

    public boolean isRetryable() {
        return retryable;
    }

    public List<SpError> getErrors() {
        return errors;
    }
}
