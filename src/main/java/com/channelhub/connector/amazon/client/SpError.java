package com.channelhub.connector.amazon.client;

/** One entry of the {@code errors[]} every SP-API error answer carries. */
public record SpError(String code, String message, String details) {

    @Override
    public String toString() {
        return code + ": " + message + (details == null || details.isBlank() ? "" : " (" + details + ")");
    }
}
