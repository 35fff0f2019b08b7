package com.channelhub.connector.shopify.client;

/**
 * Shopify stayed unavailable (5xx, timeouts, connection failures, or still throttled) after the bounded retries.
 * Safe to retry later.
 */
public class ShopifyUnavailableException extends ShopifyException {

    public ShopifyUnavailableException(String shop, String message, Throwable cause) {
        super(shop, message, cause);
    }
}
