package com.channelhub.integration;

import java.time.Clock;
import java.util.UUID;

import com.channelhub.connector.amazon.AmazonSpProducer.Health;
import com.channelhub.connector.shopify.client.ShopInfo;
import com.channelhub.platform.Capability;
import com.channelhub.platform.ConnectorRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of an integration's health: the health probes of {@code routes/hub-schedules.yaml} (scheduled and
 * on demand, through the platform's HEALTH_CHECK route from the connector registry) and the webhook subscriptions record what they saw here.
 */
@Component("integrationHealth")
public class IntegrationHealth {

    private static final int MAX_MESSAGE = 1000;

    private final IntegrationRepository integrations;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ProducerTemplate producer;
    private final ConnectorRegistry platforms;

    public IntegrationHealth(IntegrationRepository integrations, TransactionTemplate transactions, Clock clock,
            @Lazy ProducerTemplate producer, @Lazy ConnectorRegistry platforms) {
        this.integrations = integrations;
        this.transactions = transactions;
        this.clock = clock;
        this.producer = producer;
        this.platforms = platforms;
    }

    /** The last recorded health of an integration. */
    public HealthView view(PlatformIntegration integration) {
        return HealthView.of(integration);
    }

    /**
     * Probes a CONNECTED integration now through its platform's health-check route (the one the schedule uses) and
     * answers what it recorded. The route records a failed probe as UNHEALTHY rather than failing.
     */
    public HealthView checkNow(PlatformIntegration integration) {
        if (integration.getStatus() != IntegrationStatus.CONNECTED) {
            throw new IllegalStateException("Integration " + integration.getId() + " is " + integration.getStatus()
                    + (integration.getStatusReason() == null ? "" : " (" + integration.getStatusReason() + ")")
                    + ": only a connected integration can be checked; reconnect it first.");
        }
        String endpoint = platforms.endpoint(integration.getPlatform(), Capability.HEALTH_CHECK).orElse(null);
        if (endpoint == null) {
            record(integration.getId(), HealthStatus.UNKNOWN, integration.getPlatform() + " has no health check (UNSUPPORTED)");
        } else {
            producer.sendBodyAndHeader(endpoint, null, IntegrationAuthorization.INTEGRATION_HEADER,
                    integration.getId().toString());
        }
        return transactions.execute(tx -> integrations.findById(integration.getId()).map(HealthView::of).orElseThrow());
    }

    /** Step after a probe answered: the shop (Shopify) or the SP-API health answer (Amazon) is in the body. */
    public void probeAnswered(Exchange exchange) {
        Object answer = exchange.getIn().getBody();
        if (answer instanceof ShopInfo shop) {
            record(exchange, HealthStatus.HEALTHY, "Shopify answers for " + shop.name() + " (" + shop.currencyCode() + ")");
        } else if (answer instanceof Health health) {
            record(exchange, health.up() ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY, "SP-API "
                    + (health.up() ? "answers" : "fails") + ": " + health.detail() + " (" + health.latencyMillis() + " ms)");
        } else {
            record(exchange, HealthStatus.HEALTHY, "The platform answers");
        }
    }

    /** Step when a probe failed (its exception is the caught one). */
    public void probeFailed(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        record(exchange, HealthStatus.UNHEALTHY, failure == null ? "The platform did not answer"
                : failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    /** Records the health of the integration named by the exchange's {@code HubIntegrationId} header. */
    public void record(Exchange exchange, HealthStatus status, String message) {
        record(UUID.fromString(exchange.getIn().getHeader(IntegrationAuthorization.INTEGRATION_HEADER, String.class)),
                status, message);
    }

    public void record(UUID integrationId, HealthStatus status, String message) {
        String bounded = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
        transactions.executeWithoutResult(tx -> integrations.findById(integrationId)
                .ifPresent(integration -> integration.recordHealth(status, bounded, clock.instant())));
    }
}
