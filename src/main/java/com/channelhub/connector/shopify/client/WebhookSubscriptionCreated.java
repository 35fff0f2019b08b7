package com.channelhub.connector.shopify.client;

import java.util.List;

/** The answer of {@code webhookSubscriptionCreate}: the subscription, or the reasons it was refused. */
public record WebhookSubscriptionCreated(WebhookSubscription subscription, List<UserError> userErrors) {
}
