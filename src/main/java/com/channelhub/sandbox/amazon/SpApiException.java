package com.channelhub.sandbox.amazon;

/**
 * An SP-API error answer: the HTTP status and one entry of Amazon's {@code {"errors":[{code, message, details}]}}.
 */
public class SpApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String details;

    public SpApiException(int status, String code, String message, String details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String details() {
        return details;
    }

    /** 400 InvalidInput, the code Amazon uses for bad parameters and malformed patches. */
    public static SpApiException invalidInput(String message) {
        return new SpApiException(400, "InvalidInput", message, "");
    }

    public static SpApiException notFound(String message) {
        return new SpApiException(404, "NotFound", message, "");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // an answer to the client, not a failure of the sandbox
    }
}
