package com.channelhub.connector.shopify.client;

/** Shopify answered with GraphQL {@code errors} (or a 4xx) that retrying the same call will not change. */
public class ShopifyApiException extends ShopifyException {

    private final String code;
    private final int httpStatus;

    public ShopifyApiException(String shop, int httpStatus, String code, String message) {
        super(shop, message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** Shopify's {@code extensions.code}, when it gave one. */
    public String getCode() {
        return code;
    }

    public int getHttpStatus() {
        return httpStatus;
    }
}
