package com.channelhub.connector.shopify.client;

/**
 * Shopify refused a refresh token, an authorization code or a token exchange (expired, revoked, already used): the
 * merchant must authorize the app again. The hub maps it to NEEDS_REAUTH; retrying will not help.
 */
public class ShopifyRefreshTokenRejectedException extends ShopifyAuthorizationException {

    private final String error;

    public ShopifyRefreshTokenRejectedException(String shop, int httpStatus, String error, String message) {
        super(shop, httpStatus, message);
        this.error = error;
    }

    /** Shopify's {@code error} field (e.g. {@code invalid_grant}), when it sent one. */
    public String getError() {
        return error;
    }
}
