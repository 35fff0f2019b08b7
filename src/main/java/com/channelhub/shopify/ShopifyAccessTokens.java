package com.channelhub.shopify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.channelhub.connector.shopify.ShopifyAccessTokenProvider;
import com.channelhub.connector.shopify.ShopifyConstants;
import com.channelhub.connector.shopify.client.ShopifyRefreshTokenRejectedException;
import com.channelhub.connector.shopify.client.ShopifyTokenGrant;
import com.channelhub.integration.IntegrationCredentialStore;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.PlatformIntegration;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Shopify connector's access tokens, read from the encrypted credential store. Expiring offline tokens are
 * refreshed when less than {@link #REFRESH_MARGIN} remains, and when Shopify answers 401. A refresh holds the
 * integration's row lock (and an in-process lock), so only one refresh per store is in flight across all hub
 * instances; whoever waited finds the new pair and uses it. The new access and refresh tokens are stored together.
 * A refresh token Shopify rejects marks the integration NEEDS_REAUTH with the reason.
 */
@Component
public class ShopifyAccessTokens implements ShopifyAccessTokenProvider {

    public static final String ACCESS_TOKEN = "accessToken";
    public static final String REFRESH_TOKEN = "refreshToken";
    public static final String REFRESH_TOKEN_EXPIRES_AT = "refreshTokenExpiresAt";
    /** Refresh this long before the 1-hour access token expires. */
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    /** The credentials sweep refreshes a token with less than this left, so it never expires between two sweeps. */
    static final Duration REFRESH_AHEAD = Duration.ofMinutes(15);
    private static final Logger LOG = LoggerFactory.getLogger(ShopifyAccessTokens.class);

    private final IntegrationRepository integrations;
    private final IntegrationCredentialStore credentials;
    private final TransactionTemplate transactions;
    private final ProducerTemplate producer;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<UUID, ReentrantLock> refreshLocks = new ConcurrentHashMap<>();

    public ShopifyAccessTokens(IntegrationRepository integrations, IntegrationCredentialStore credentials,
            TransactionTemplate transactions, @Lazy ProducerTemplate producer,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.integrations = integrations;
        this.credentials = credentials;
        this.transactions = transactions;
        this.producer = producer;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String accessToken(String shop) {
        PlatformIntegration integration = currentIntegration(shop);
        String token = credentials.read(integration).get(ACCESS_TOKEN);
        if (token != null && !expiresSoon(integration)) {
            return token;
        }
        return refresh(integration.getId(), token);
    }

    @Override
    public String refreshAfterUnauthorized(String shop, String rejectedToken) {
        return refresh(currentIntegration(shop).getId(), rejectedToken);
    }

    /** Stores a token grant (install, refresh, migration): both tokens and their expiries in one write. */
    public void store(PlatformIntegration integration, ShopifyTokenGrant grant) {
        Map<String, String> values = new HashMap<>();
        values.put(ACCESS_TOKEN, grant.accessToken());
        if (grant.refreshToken() != null) {
            values.put(REFRESH_TOKEN, grant.refreshToken());
        }
        if (grant.refreshTokenExpiresAt() != null) {
            values.put(REFRESH_TOKEN_EXPIRES_AT, grant.refreshTokenExpiresAt().toString());
        }
        credentials.store(integration, values, grant.accessTokenExpiresAt());
    }

    /**
     * Replaces a non-expiring offline token with an expiring pair through Shopify's token exchange (once per shop;
     * non-expiring tokens of public apps stop working on 1 January 2027). Does nothing for an expiring token.
     *
     * @return whether the integration now holds an expiring pair it did not hold before
     */
    public boolean migrateToExpiring(String integrationId) {
        UUID id = UUID.fromString(integrationId);
        ReentrantLock lock = refreshLocks.computeIfAbsent(id, key -> new ReentrantLock());
        lock.lock();
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                PlatformIntegration integration = integrations.lockById(id).orElseThrow();
                Map<String, String> current = credentials.read(integration);
                if (current.get(REFRESH_TOKEN) != null || current.get(ACCESS_TOKEN) == null) {
                    return false;
                }
                ShopifyTokenGrant grant = producer.requestBodyAndHeader("shopify:migrateToken", current.get(ACCESS_TOKEN),
                        ShopifyConstants.SHOP, integration.getExternalAccount(), ShopifyTokenGrant.class);
                store(integration, grant);
                LOG.info("Migrated the Shopify token of integration {} ({}) to an expiring offline token", id,
                        integration.getExternalAccount());
                return true;
            }));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Credentials sweep step ({@code shopify-token-maintenance}): an integration still on a non-expiring offline
     * token is migrated to an expiring pair; an expiring token with less than {@link #REFRESH_AHEAD} left is
     * refreshed now, ahead of the sweeps to come.
     */
    public void maintain(String integrationId) {
        PlatformIntegration integration = integrations.findById(UUID.fromString(integrationId)).orElse(null);
        if (integration == null || !integration.hasCredentials()) {
            return;
        }
        Instant expiresAt = integration.getAccessTokenExpiresAt();
        if (expiresAt == null) {
            migrateToExpiring(integrationId);
        } else if (expiresAt.isBefore(clock.instant().plus(REFRESH_AHEAD))) {
            refreshAhead(integrationId);
        }
    }

    /** Schedule step: refreshes an integration's token ahead of its expiry. */
    public void refreshAhead(String integrationId) {
        refresh(UUID.fromString(integrationId), null);
    }

    /**
     * Refreshes the integration's token unless someone else already replaced {@code seenToken}.
     *
     * @return the token to use, or null when the integration needs re-authorization
     */
    public String refresh(UUID integrationId, String seenToken) {
        ReentrantLock lock = refreshLocks.computeIfAbsent(integrationId, id -> new ReentrantLock());
        lock.lock();
        try {
            return transactions.execute(status -> {
                PlatformIntegration integration = integrations.lockById(integrationId).orElseThrow();
                Map<String, String> current = credentials.read(integration);
                String token = current.get(ACCESS_TOKEN);
                if (token != null && !token.equals(seenToken) && !expiresSoon(integration)) {
                    return token;
                }
                String refreshToken = current.get(REFRESH_TOKEN);
                if (refreshToken == null) {
                    // a non-expiring token Shopify refused: only a new installation helps
                    markNeedsReauth(integration, "Shopify refused the stored access token and there is no refresh token; "
                            + "install the app again");
                    return null;
                }
                try {
                    ShopifyTokenGrant grant = producer.requestBodyAndHeader("shopify:refreshToken", refreshToken,
                            ShopifyConstants.SHOP, integration.getExternalAccount(), ShopifyTokenGrant.class);
                    store(integration, grant);
                    if (integration.getStatus() != IntegrationStatus.CONNECTED) {
                        integration.changeStatus(IntegrationStatus.CONNECTED, null, clock.instant());
                    }
                    LOG.info("Refreshed the Shopify access token of integration {} ({})", integrationId,
                            integration.getExternalAccount());
                    return grant.accessToken();
                } catch (CamelExecutionException e) {
                    if (e.getCause() instanceof ShopifyRefreshTokenRejectedException rejected) {
                        markNeedsReauth(integration, "Shopify rejected the refresh token (" + rejected.getError()
                                + "); install the app again");
                        return null;
                    }
                    throw e;
                }
            });
        } finally {
            lock.unlock();
        }
    }

    private void markNeedsReauth(PlatformIntegration integration, String reason) {
        LOG.warn("Integration {} ({}) needs re-authorization: {}", integration.getId(), integration.getExternalAccount(),
                reason);
        integration.changeStatus(IntegrationStatus.NEEDS_REAUTH, reason, clock.instant());
        events.publishEvent(new com.channelhub.integration.IntegrationChanged(integration.getId()));
    }

    private boolean expiresSoon(PlatformIntegration integration) {
        Instant expiresAt = integration.getAccessTokenExpiresAt();
        return expiresAt != null && expiresAt.isBefore(clock.instant().plus(REFRESH_MARGIN));
    }

    /** The live integration holding the shop's token (the most recently updated one, if several projects share it). */
    private PlatformIntegration currentIntegration(String shop) {
        return integrations.findByPlatformAndExternalAccount("SHOPIFY", shop).stream()
                .filter(i -> i.hasCredentials() && i.getStatus() != IntegrationStatus.DISCONNECTED)
                .max(Comparator.comparing(PlatformIntegration::getUpdatedAt))
                .orElseThrow(() -> new IllegalStateException("No connected Shopify integration holds a token for " + shop));
    }
}
