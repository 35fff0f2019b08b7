package com.channelhub.pricing;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of price batches (docs/price-batches.md).
 *
 * @param maxItems         most items one batch may carry; HUB_PRICE_BATCH_MAX_ITEMS
 * @param currencies       ISO 4217 currencies a batch may use; HUB_PRICE_BATCH_CURRENCIES
 * @param dispatchPeriod   how often the dispatcher looks for targets to send; HUB_PRICE_BATCH_DISPATCH_PERIOD
 * @param dispatchThreads  integrations one instance dispatches to at the same time; HUB_PRICE_BATCH_DISPATCH_THREADS
 * @param lease            how long a claimed chunk belongs to its instance without renewal; renewed every third of
 *                         it while the chunk is in flight, taken over by another instance once expired;
 *                         HUB_PRICE_BATCH_LEASE
 * @param shopifyChunkSize targets per call of the Shopify price route (Shopify's input arrays hold 250);
 *                         HUB_PRICE_BATCH_SHOPIFY_CHUNK
 * @param amazonChunkSize  targets per call of the Amazon price route (a JSON_LISTINGS_FEED holds 25,000 messages);
 *                         HUB_PRICE_BATCH_AMAZON_CHUNK
 * @param instanceId       this instance's name in claims; blank means pid@host plus a random suffix
 */
@ConfigurationProperties(prefix = "hub.price-batches")
public record PriceBatchProperties(
        @DefaultValue("100000") int maxItems,
        @DefaultValue({"USD", "CAD", "MXN", "GBP", "EUR", "JPY", "AUD"}) Set<String> currencies,
        @DefaultValue("1s") Duration dispatchPeriod,
        @DefaultValue("4") int dispatchThreads,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("250") int shopifyChunkSize,
        @DefaultValue("25000") int amazonChunkSize,
        String instanceId) {

    public int chunkSize(String platform) {
        return "AMAZON".equals(platform) ? amazonChunkSize : shopifyChunkSize;
    }
}
