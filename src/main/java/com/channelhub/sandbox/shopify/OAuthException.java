package com.channelhub.sandbox.shopify;

/** An OAuth error answered as Shopify does: {@code {"error": …, "error_description": …}} with an HTTP status. */
class OAuthException extends RuntimeException {

    private final int status;
    private final String error;

    OAuthException(int status, String error, String description) {
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
}
