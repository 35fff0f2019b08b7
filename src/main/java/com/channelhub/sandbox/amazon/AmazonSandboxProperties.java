package com.channelhub.sandbox.amazon;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Amazon SP-API and Login with Amazon simulator ({@code hub.sandbox.amazon.*}). The simulated
 * application is the hub's own: its LWA client id, secret and application id come from {@code hub.amazon.*}.
 *
 * @param autoApprove            skip the consent page's Confirm button and redirect at once
 * @param redirectUri            where the consent page sends the seller back; empty for the hub's own callback,
 *                               {@code {hub.public-base-url}/api/platforms/amazon/oauth/callback}
 * @param rateMultiplier         factor on every published rate and burst (above 1 faster, below 1 stricter)
 * @param authorizationCodeLifetime how long a {@code spapi_oauth_code} can be exchanged (Amazon: 5 minutes)
 * @param accessTokenLifetime    lifetime of {@code Atza|} access tokens (Amazon: 1 hour)
 * @param documentUrlLifetime    lifetime of presigned document URLs (Amazon: 5 minutes)
 * @param listingApplyDelay      how long after an ACCEPTED patch its change shows on the listing
 * @param feedQueueDelay         how long a feed stays IN_QUEUE
 * @param feedProcessingDelay    how long a feed stays IN_PROGRESS
 * @param feedSubmissionsPerWindow JSON_LISTINGS_FEED submissions allowed per region in one window (Amazon: 5)
 * @param feedSubmissionWindow   that window (Amazon: 5 minutes)
 * @param reportQueueDelay       how long a report stays IN_QUEUE
 * @param reportProcessingDelay  how long a report stays IN_PROGRESS
 * @param reportStuckDuration    how long a report hit by the STUCK fault stays IN_PROGRESS before it finishes
 * @param gzipReports            whether report documents are GZIP-compressed ({@code compressionAlgorithm: GZIP})
 * @param sellers                sellers that exist from start-up; more can be added through the control API
 */
@ConfigurationProperties(prefix = "hub.sandbox.amazon")
public record AmazonSandboxProperties(
        @DefaultValue("false") boolean autoApprove,
        String redirectUri,
        @DefaultValue("1.0") double rateMultiplier,
        @DefaultValue("5m") Duration authorizationCodeLifetime,
        @DefaultValue("1h") Duration accessTokenLifetime,
        @DefaultValue("5m") Duration documentUrlLifetime,
        @DefaultValue("2s") Duration listingApplyDelay,
        @DefaultValue("5s") Duration feedQueueDelay,
        @DefaultValue("10s") Duration feedProcessingDelay,
        @DefaultValue("5") int feedSubmissionsPerWindow,
        @DefaultValue("5m") Duration feedSubmissionWindow,
        @DefaultValue("5s") Duration reportQueueDelay,
        @DefaultValue("15s") Duration reportProcessingDelay,
        @DefaultValue("30m") Duration reportStuckDuration,
        @DefaultValue("false") boolean gzipReports,
        @DefaultValue List<Seller> sellers) {

    public AmazonSandboxProperties {
        if (sellers == null || sellers.isEmpty()) {
            sellers = List.of(new Seller("A2DEMOSELLER01", "NA", "ATVPDKIKX0DER", "USD", 300, "DEMO-", 10));
        }
    }

    /**
     * A seller the sandbox creates at start-up, with a deterministic catalog.
     *
     * @param sellerId      the selling partner id (merchant token)
     * @param region        NA, EU or FE: the SP-API host the seller is reached on
     * @param marketplaceId the seller's marketplace, e.g. ATVPDKIKX0DER (US)
     * @param currency      ISO 4217 currency of the marketplace
     * @param skuCount      how many listings the seller has (up to 100,000)
     * @param skuPrefix     prefix of the generated SKUs, followed by a six-digit number
     * @param fbaEvery      every n-th listing is fulfilled by Amazon (0 for none)
     */
    public record Seller(String sellerId, @DefaultValue("NA") String region,
            @DefaultValue("ATVPDKIKX0DER") String marketplaceId, @DefaultValue("USD") String currency,
            @DefaultValue("300") int skuCount, @DefaultValue("SKU-") String skuPrefix,
            @DefaultValue("10") int fbaEvery) {
    }
}
