package com.channelhub.amazon;

import java.util.UUID;

import com.channelhub.config.HubProperties;
import com.channelhub.connector.amazon.AmazonSpConstants;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.sync.SyncLauncher;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Addresses an exchange to an Amazon integration: the seller and marketplaces for the connector, and the region and
 * its SP-API host the routes put into the endpoint URI ({@code region=${header.HubAmazonRegion}&endpointUrl=...}).
 */
@Component("amazonRouting")
public class AmazonRouting {

    public static final String REGION = "HubAmazonRegion";
    public static final String SP_API_URL = "HubAmazonSpApiUrl";

    private final IntegrationRepository integrations;
    private final HubProperties.Amazon amazon;

    public AmazonRouting(IntegrationRepository integrations, HubProperties properties) {
        this.integrations = integrations;
        this.amazon = properties.amazon();
    }

    /** Route step: reads {@code HubIntegrationId} and sets the seller, marketplace and region headers. */
    public void address(Exchange exchange) {
        UUID id = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        PlatformIntegration integration = integrations.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No integration " + id));
        addressTo(exchange, integration);
    }

    void addressTo(Exchange exchange, PlatformIntegration integration) {
        exchange.getIn().setHeader(AmazonSpConstants.SELLER_ID, integration.getExternalAccount());
        exchange.getIn().setHeader(AmazonSpConstants.MARKETPLACE_IDS, String.join(",", integration.getMarketplaceIds()));
        exchange.getIn().setHeader(REGION, integration.getRegion());
        exchange.getIn().setHeader(SP_API_URL, amazon.region(integration.getRegion()).spApiUrl());
    }
}
