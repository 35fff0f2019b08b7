package com.channelhub.connector.shopify.client;

/**
 * Shopify refused the access token (401/403) and no fresh one helped: the app was uninstalled, the token revoked or
 * a scope is missing. The integration needs the merchant to re-authorize, or its scopes fixed.
 */
public class ShopifyAuthorizationException extends ShopifyException {

    private final int httpStatus;

    public ShopifyAuthorizationException(String shop, int httpStatus, String message) {
        super(shop, message);
        this.httpStatus = httpStatus;
    }

    public int getHttpStatus() {
        return httpStatus;
    }
}
