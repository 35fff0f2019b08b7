package com.channelhub.connector.amazon.client;

import java.util.List;

/**
 * Login with Amazon refused the credentials for good: {@code invalid_grant} (the seller revoked the authorization,
 * the refresh token is wrong, or an authorization code is older than 5 minutes), {@code invalid_client} (wrong or
 * rotated client secret) or {@code unauthorized_client}. Never retryable: the integration needs the seller to
 * authorize again, or the app's LWA credentials fixed. {@link #getCode()} is the LWA error, {@link #getReason()}
 * Amazon's description.
 */
public class AmazonSpAuthorizationException extends AmazonSpException {

    private final String reason;

    public AmazonSpAuthorizationException(String lwaError, String reason, int status) {
        super("Login with Amazon refused the credentials (" + lwaError + (reason == null ? "" : ": " + reason)
                + "); the seller must authorize the application again or its LWA client id/secret must be fixed",
                status, lwaError, null, false, List.of(new SpError(lwaError, reason, null)), null);
        this.reason = reason;
    }

    /** LWA's error_description, e.g. "The request has an invalid grant parameter : refresh_token". */
    public String getReason() {
        return reason;
    }
}
