package com.channelhub.shopify;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.channelhub.connector.shopify.WebhookEnsureResult;
import com.channelhub.integration.HealthStatus;
import com.channelhub.integration.IntegrationRepository;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Records the outcome of subscribing an integration's webhooks as its health. */
@Component("shopifyWebhookHealth")
public class ShopifyWebhookHealth {

    private static final Logger LOG = LoggerFactory.getLogger(ShopifyWebhookHealth.class);

    private final IntegrationRepository integrations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ShopifyWebhookHealth(IntegrationRepository integrations, TransactionTemplate transactions, Clock clock) {
        this.integrations = integrations;
        this.transactions = transactions;
        this.clock = clock;
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
        UUID id = integrationId(exchange);
        transactions.executeWithoutResult(tx -> integrations.findById(id)
                .ifPresent(i -> i.recordHealth(status, message, clock.instant())));
    }

    private static UUID integrationId(Exchange exchange) {
        return UUID.fromString(exchange.getIn().getHeader(ShopifyInstall.INTEGRATION_HEADER, String.class));
    }
}
