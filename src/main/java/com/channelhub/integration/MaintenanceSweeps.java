package com.channelhub.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.channelhub.connector.amazon.AmazonSpProducer.Health;
import com.channelhub.connector.shopify.client.ShopInfo;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hub-wide schedules' steps (routes in {@code routes/hub-schedules.yaml}): which integrations a sweep visits,
 * and what a health probe's answer makes of an integration's health.
 */
@Component("maintenanceSweeps")
public class MaintenanceSweeps {

    /** Shopify's expiring access tokens are refreshed when they have less than this left at a sweep. */
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(15);

    private final IntegrationRepository integrations;
    private final Clock clock;

    public MaintenanceSweeps(IntegrationRepository integrations, Clock clock) {
        this.integrations = integrations;
        this.clock = clock;
    }

    /** Ids of the CONNECTED integrations of a platform (the sweep splits over them). */
    @Transactional(readOnly = true)
    public List<String> connected(String platform) {
        return integrations.findAll().stream()
                .filter(i -> i.getPlatform().equals(platform) && i.getStatus() == IntegrationStatus.CONNECTED)
                .map(i -> i.getId().toString())
                .toList();
    }

    /** Shopify integrations whose expiring access token runs out before the next sweeps. */
    @Transactional(readOnly = true)
    public List<String> shopifyTokensExpiringSoon() {
        Instant horizon = clock.instant().plus(REFRESH_AHEAD);
        return integrations.findAll().stream()
                .filter(i -> i.getPlatform().equals("SHOPIFY") && i.getStatus() == IntegrationStatus.CONNECTED
                        && i.getAccessTokenExpiresAt() != null && i.getAccessTokenExpiresAt().isBefore(horizon))
                .map(i -> i.getId().toString())
                .toList();
    }

    /** Shopify integrations still on a non-expiring offline token (no expiry recorded), to migrate. */
    @Transactional(readOnly = true)
    public List<String> shopifyNonExpiringTokens() {
        return integrations.findAll().stream()
                .filter(i -> i.getPlatform().equals("SHOPIFY") && i.getStatus() == IntegrationStatus.CONNECTED
                        && i.hasCredentials() && i.getAccessTokenExpiresAt() == null)
                .map(i -> i.getId().toString())
                .toList();
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
