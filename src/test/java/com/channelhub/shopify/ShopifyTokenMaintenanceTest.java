package com.channelhub.shopify;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.integration.IntegrationCredentialStore;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.PlatformIntegration;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The credentials sweep's step for one Shopify integration: migrate, refresh ahead, or leave alone. */
class ShopifyTokenMaintenanceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private final IntegrationRepository integrations = mock(IntegrationRepository.class);
    private final PlatformIntegration integration = mock(PlatformIntegration.class);
    private final UUID id = UUID.randomUUID();
    private ShopifyAccessTokens tokens;

    @BeforeEach
    void setUp() {
        tokens = spy(new ShopifyAccessTokens(integrations, mock(IntegrationCredentialStore.class),
                mock(TransactionTemplate.class), mock(ProducerTemplate.class), mock(ApplicationEventPublisher.class),
                Clock.fixed(NOW, ZoneOffset.UTC)));
        doReturn(true).when(tokens).migrateToExpiring(anyString());
        doNothing().when(tokens).refreshAhead(anyString());
        when(integrations.findById(id)).thenReturn(Optional.of(integration));
        when(integration.hasCredentials()).thenReturn(true);
    }

    @Test
    void aNonExpiringTokenIsMigrated() {
        when(integration.getAccessTokenExpiresAt()).thenReturn(null);

        tokens.maintain(id.toString());

        verify(tokens).migrateToExpiring(id.toString());
        verify(tokens, never()).refreshAhead(anyString());
    }

    @Test
    void aTokenRunningOutBeforeTheNextSweepsIsRefreshed() {
        when(integration.getAccessTokenExpiresAt()).thenReturn(NOW.plus(ShopifyAccessTokens.REFRESH_AHEAD).minusSeconds(1));

        tokens.maintain(id.toString());

        verify(tokens).refreshAhead(id.toString());
        verify(tokens, never()).migrateToExpiring(anyString());
    }

    @Test
    void aFreshTokenOrNoCredentialsAreLeftAlone() {
        when(integration.getAccessTokenExpiresAt()).thenReturn(NOW.plus(Duration.ofMinutes(50)));
        tokens.maintain(id.toString());
        when(integration.hasCredentials()).thenReturn(false);
        when(integration.getAccessTokenExpiresAt()).thenReturn(null);
        tokens.maintain(id.toString());

        verify(tokens, never()).refreshAhead(anyString());
        verify(tokens, never()).migrateToExpiring(anyString());
    }
}
