package com.channelhub.connector.shopify;

/** What a {@code shopify:} endpoint does; see docs/connector-shopify.md for each one's body and headers. */
public enum ShopifyOperations {
    /** One page of products with their variants (the consumer pulls every page). */
    products,
    /** A bulk export of every product, streamed from its JSONL result. */
    bulkProducts,
    /** Sets variant prices, grouped by product, with a result per change. */
    prices,
    /**
     * Sets available quantities at the location option (else the shop's primary location) with compare-and-set,
     * with a result per change.
     */
    inventory,
    /** Makes sure a list of webhook topics is subscribed to a URI. */
    webhookSubscriptions,
    /** Reads the shop's name, currency and plan (a cheap health probe). */
    shop,
    /** Lists the shop's inventory locations. */
    locations,
    /** Exchanges an OAuth authorization code for an expiring offline token pair. */
    exchangeCode,
    /** Trades a refresh token for a new token pair. */
    refreshToken,
    /** Migrates a non-expiring offline token to an expiring pair. */
    migrateToken
}
