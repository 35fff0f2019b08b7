package com.channelhub.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.platform.testshop.TestshopPlatform;
import com.channelhub.project.Project;
import com.channelhub.shopify.ShopifyPlatform;
import com.channelhub.support.TestHubProperties;
import org.junit.jupiter.api.Test;

class MaintenanceSweepsTest {

    private final IntegrationRepository integrations = mock(IntegrationRepository.class);
    private final ConnectorRegistry platforms = new ConnectorRegistry(List.of(
            new ShopifyPlatform(TestHubProperties.withShopifyApp("id", "secret")), new TestshopPlatform()));
    private final MaintenanceSweeps sweeps = new MaintenanceSweeps(integrations, platforms, Clock.systemUTC());

    private static PlatformIntegration integration(String platform, String account, IntegrationStatus status) {
        PlatformIntegration integration = new PlatformIntegration(mock(Project.class), platform, account, Instant.now());
        integration.changeStatus(status, null, Instant.now());
        return integration;
    }

    @Test
    void aSweepVisitsConnectedIntegrationsOfPlatformsWithItsCapabilityThroughTheirEndpoints() {
        PlatformIntegration shop = integration("SHOPIFY", "a.myshopify.com", IntegrationStatus.CONNECTED);
        PlatformIntegration pending = integration("SHOPIFY", "b.myshopify.com", IntegrationStatus.PENDING);
        PlatformIntegration testshop = integration("TESTSHOP", "test-store", IntegrationStatus.CONNECTED);
        PlatformIntegration gone = integration("GONE", "old", IntegrationStatus.CONNECTED);
        when(integrations.findAll()).thenReturn(List.of(shop, pending, testshop, gone));

        assertThat(sweeps.visits("HEALTH_CHECK")).containsExactly(
                new MaintenanceSweeps.Visit(shop.getId().toString(), "direct:shopify-health-check"));
        assertThat(sweeps.visits("CATALOG_PULL_FULL")).extracting(MaintenanceSweeps.Visit::endpoint)
                .containsExactly("direct:shopify-product-pull", "direct:testshop-product-pull");
    }
}
