package com.channelhub.connector.shopify;

/**
 * What the {@code webhookSubscriptions} operation did about one topic.
 *
 * @param topic          the topic as Shopify names it, e.g. {@code PRODUCTS_UPDATE}
 * @param subscriptionId the subscription's GID, when there is one
 * @param status         EXISTING (already subscribed to the URI), CREATED, or FAILED
 * @param message        Shopify's reason when it refused, else null
 */
public record WebhookEnsureResult(String topic, String subscriptionId, String status, String message) {

    public static final String EXISTING = "EXISTING";
    public static final String CREATED = "CREATED";
    public static final String FAILED = "FAILED";
}
