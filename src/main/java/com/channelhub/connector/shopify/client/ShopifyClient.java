package com.channelhub.connector.shopify.client;

import java.time.Instant;
import java.util.List;

/**
 * The Shopify Admin API as the connector uses it: GraphQL calls paced by the cost bucket, and the OAuth token
 * endpoint. Implementations are thread-safe and shared by every endpoint of a Camel context; they know nothing of
 * Camel. Shops are their myshopify.com hostnames.
 */
public interface ShopifyClient extends AutoCloseable {

    /** One page of products with all their variants (nested variant pages followed). */
    ProductPage products(String shop, ProductPageRequest request);

    /** How many products match ({@code productsCount}); {@code updatedSince} null counts them all. */
    long productsCount(String shop, Instant updatedSince);

    /** Starts a bulk export of products and variants ({@code bulkOperationRunQuery}). */
    BulkOperation startBulkProductsExport(String shop, Instant updatedSince);

    /** A bulk operation by id, or the shop's current one when {@code id} is null. */
    BulkOperation bulkOperation(String shop, String id);

    /**
     * Opens a finished export's JSONL for reading products one at a time; the caller closes it.
     *
     * @param currencyCode the shop's currency, set on every variant
     * @param window       how many products may stay open waiting for late children (memory bound)
     */
    BulkProductReader openBulkProducts(String shop, String url, String currencyCode, int window);

    /** {@code productVariantsBulkUpdate} with {@code allowPartialUpdates: true}, at most 250 variants. */
    VariantPriceUpdate updateVariantPrices(String shop, String productId, List<VariantPriceInput> variants);

    /** All webhook subscriptions of this app on the shop. */
    List<WebhookSubscription> webhookSubscriptions(String shop);

    /** Subscribes {@code topic} (Shopify's enum, e.g. {@code PRODUCTS_UPDATE}) to deliveries at {@code uri}. */
    WebhookSubscriptionCreated createWebhookSubscription(String shop, String topic, String uri);

    /** The shop's name, domain, currency and plan. */
    ShopInfo shop(String shop);

    /** The shop's locations. */
    List<ShopLocation> locations(String shop);

    /** The shop's primary location ({@code location} without an id). */
    ShopLocation primaryLocation(String shop);

    /**
     * {@code inventorySetQuantities} of the {@code available} quantity, reason {@code correction}, at most 250
     * quantities; compare-and-set in the form the pinned version takes (see {@code ShopifyPlatformFacts}).
     */
    InventorySetResult setInventoryQuantities(String shop, List<InventoryQuantityInput> quantities,
            String referenceDocumentUri);

    /** An inventory item's available quantity at a location, or null when it is not stocked there. */
    Integer availableQuantity(String shop, String inventoryItemId, String locationId);

    /** Exchanges an authorization code for an expiring offline token pair. */
    ShopifyTokenGrant exchangeCode(String shop, String code);

    /** Trades a refresh token for a new token pair. */
    ShopifyTokenGrant refreshToken(String shop, String refreshToken);

    /** Migrates a non-expiring offline token to an expiring pair (token exchange; once per shop). */
    ShopifyTokenGrant migrateToken(String shop, String nonExpiringToken);

    /** Running totals of this client's calls (all shops). */
    ShopifyCallStats stats();

    /** The last bucket state Shopify reported for the shop, or null before the first call. */
    ThrottleStatus throttleStatus(String shop);

    @Override
    void close();
}
