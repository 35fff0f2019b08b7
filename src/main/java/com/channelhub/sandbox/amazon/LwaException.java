package com.channelhub.sandbox.amazon;

/** A Login with Amazon error answer: {@code {"error", "error_description"}} with its HTTP status. */
class LwaException extends RuntimeException {

    private final int status;
    private final String error;

    LwaException(int status, String error, String description) {
        super(description);
        this.status = status;
        this.error = error;
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    /**
     * Unknown, used, expired or revoked grants: 400 invalid_grant, described as "The request has an invalid grant
     * parameter : code" or "… : refresh_token" (selling-partner-api-models issues #1099 and #921).
     */
    static LwaException invalidGrant(String parameter, String more) {
        return new LwaException(400, "invalid_grant",
                "The request has an invalid grant parameter : " + parameter + (more == null ? "" : more));
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
