package com.channelhub.connector.shopify.client;

/**
 * An existing webhook subscription.
 *
 * @param id    its GID
 * @param topic Shopify's enum name, e.g. {@code PRODUCTS_UPDATE}
 * @param uri   where Shopify delivers (the {@code uri}, or {@code callbackUrl} before 2025-10)
 */
public record WebhookSubscription(String id, String topic, String uri) {
}
