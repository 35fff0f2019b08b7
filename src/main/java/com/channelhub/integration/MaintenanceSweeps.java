package com.channelhub.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which integrations each hub-wide schedule visits (routes in {@code routes/hub-schedules.yaml}).
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
}
