package com.channelhub.integration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.channelhub.connector.amazon.AmazonSpProducer.Health;
import com.channelhub.connector.shopify.client.ShopInfo;
import com.channelhub.platform.Capability;
import com.channelhub.platform.ConnectorRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub-wide schedules' steps (routes in {@code routes/hub-schedules.yaml}): which integrations a sweep visits,
 * and what a health probe's answer makes of an integration's health.
 */
@Component("maintenanceSweeps")
public class MaintenanceSweeps {

    /** The capability a sweep runs (a {@link Capability} name), e.g. HEALTH_CHECK. */
    public static final String SWEEP_HEADER = "HubSweepCapability";
    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceSweeps.class);

    private final IntegrationRepository integrations;
    private final ConnectorRegistry platforms;
    private final Clock clock;

    public MaintenanceSweeps(IntegrationRepository integrations, ConnectorRegistry platforms, Clock clock) {
        this.integrations = integrations;
        this.platforms = platforms;
        this.clock = clock;
    }

    /** One integration a sweep visits, and the endpoint its platform's connector names for the sweep's capability. */
    public record Visit(String integrationId, String endpoint) {
    }

    /**
     * The CONNECTED integrations whose platform has the capability, each with its endpoint; integrations of a
     * platform without it are skipped (logged at debug), never failed.
     */
    @Transactional(readOnly = true)
    public List<Visit> visits(@Header(SWEEP_HEADER) String capability) {
        Capability wanted = Capability.valueOf(capability);
        List<Visit> visits = new ArrayList<>();
        for (PlatformIntegration integration : integrations.findAll()) {
            if (integration.getStatus() != IntegrationStatus.CONNECTED) {
                continue;
            }
            platforms.endpoint(integration.getPlatform(), wanted).ifPresentOrElse(
                    endpoint -> visits.add(new Visit(integration.getId().toString(), endpoint)),
                    () -> LOG.debug("Sweep {} skips integration {}: {} has no such capability (UNSUPPORTED)", wanted,
                            integration.getId(), integration.getPlatform()));
        }
        return visits;
    }

    /** Health step after a probe: the shop or the SP-API answered. */
    @Transactional
    public void healthy(Exchange exchange) {
        Object answer = exchange.getIn().getBody();
        String message;
        HealthStatus status = HealthStatus.HEALTHY;
        if (answer instanceof ShopInfo shop) {
            message = "Shopify answers for " + shop.name() + " (" + shop.currencyCode() + ")";
        } else if (answer instanceof Health health) {
            status = health.up() ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY;
            message = "SP-API " + (health.up() ? "answers" : "fails") + ": " + health.detail() + " (" + health.latencyMillis()
                    + " ms)";
        } else {
            message = "The platform answers";
        }
        record(exchange, status, message);
    }

    /** Health step when the probe failed. */
    @Transactional
    public void unhealthy(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        record(exchange, HealthStatus.UNHEALTHY, failure == null ? "The platform did not answer"
                : failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private void record(Exchange exchange, HealthStatus status, String message) {
        String id = exchange.getIn().getHeader(IntegrationAuthorization.INTEGRATION_HEADER, String.class);
        integrations.findById(java.util.UUID.fromString(id)).ifPresent(integration -> integration.recordHealth(status,
                message.length() > 1000 ? message.substring(0, 1000) : message, clock.instant()));
    }
}
