package com.channelhub.connector.amazon.client;

/**
 * An LWA token answer. {@code refreshToken} is null when Amazon omitted it (keep the stored one then).
 * {@link #toString()} never shows the tokens.
 */
public record LwaTokens(String accessToken, String refreshToken, String tokenType, long expiresInSeconds) {

    @Override
    public String toString() {
        return "LwaTokens[accessToken=***, refreshToken=" + (refreshToken == null ? "null" : "***") + ", tokenType="
                + tokenType + ", expiresInSeconds=" + expiresInSeconds + "]";
    }
}
