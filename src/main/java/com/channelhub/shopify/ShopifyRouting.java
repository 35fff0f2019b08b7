package com.channelhub.shopify;

import java.util.UUID;

import com.channelhub.connector.shopify.ShopifyConstants;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.sync.SyncLauncher;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Addresses an exchange to a Shopify integration's store, for the connector ({@code CamelShopifyShop}). */
@Component("shopifyRouting")
public class ShopifyRouting {

    private final IntegrationRepository integrations;

    public ShopifyRouting(IntegrationRepository integrations) {
        this.integrations = integrations;
    }

    /** Route step: reads {@code HubIntegrationId} and sets the shop header. */
    public void address(Exchange exchange) {
        UUID id = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        PlatformIntegration integration = integrations.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No integration " + id));
        exchange.getIn().setHeader(ShopifyConstants.SHOP, integration.getExternalAccount());
    }
}
