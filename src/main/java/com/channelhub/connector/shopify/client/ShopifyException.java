package com.channelhub.connector.shopify.client;

/** A Shopify call that did not give a usable answer. Subtypes say whether to retry, re-authorize or fix the call. */
public class ShopifyException extends RuntimeException {

    private final String shop;

    public ShopifyException(String shop, String message) {
        super(message);
        this.shop = shop;
    }

    public ShopifyException(String shop, String message, Throwable cause) {
        super(message, cause);
        this.shop = shop;
    }

    /** The shop the call was for. */
    public String getShop() {
        return shop;
    }
}
