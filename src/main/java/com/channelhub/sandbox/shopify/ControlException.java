package com.channelhub.sandbox.shopify;

/** A control API request the sandbox cannot carry out; answered 400 (or the given status) with the message. */
class ControlException extends RuntimeException {

    private final int status;

    ControlException(String message) {
        this(400, message);
    }

    ControlException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
