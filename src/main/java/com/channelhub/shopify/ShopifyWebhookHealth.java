package com.channelhub.shopify;

import java.util.List;
import java.util.UUID;

import com.channelhub.connector.shopify.WebhookEnsureResult;
import com.channelhub.integration.HealthStatus;
import com.channelhub.integration.IntegrationHealth;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Records the outcome of subscribing an integration's webhooks as its health. */
@Component("shopifyWebhookHealth")
public class ShopifyWebhookHealth {

    private static final Logger LOG = LoggerFactory.getLogger(ShopifyWebhookHealth.class);

    private final IntegrationHealth health;

    public ShopifyWebhookHealth(IntegrationHealth health) {
        this.health = health;
    }

    public void subscribed(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<WebhookEnsureResult> results = exchange.getIn().getBody(List.class);
        List<WebhookEnsureResult> failed = results.stream()
                .filter(r -> WebhookEnsureResult.FAILED.equals(r.status())).toList();
        if (failed.isEmpty()) {
            record(exchange, HealthStatus.HEALTHY, "Webhooks subscribed: " + results.size() + " topics");
        } else {
            record(exchange, HealthStatus.DEGRADED, "Webhook subscriptions failed for " + failed.stream()
                    .map(r -> r.topic() + " (" + r.message() + ")").toList() + "; they are retried on schedule");
        }
    }

    public void failed(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        LOG.warn("Webhook subscription failed for integration {}: {}", integrationId(exchange),
                failure == null ? "unknown" : failure.getMessage());
        record(exchange, HealthStatus.DEGRADED, "Webhooks could not be subscribed ("
                + (failure == null ? "unknown" : failure.getMessage()) + "); they are retried on schedule");
    }

    private void record(Exchange exchange, HealthStatus status, String message) {
        health.record(integrationId(exchange), status, message);
    }

    private static UUID integrationId(Exchange exchange) {
        return UUID.fromString(exchange.getIn().getHeader(ShopifyInstall.INTEGRATION_HEADER, String.class));
    }
}
