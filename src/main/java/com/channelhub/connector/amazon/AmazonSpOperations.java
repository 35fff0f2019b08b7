package com.channelhub.connector.amazon;

/** What an {@code amazon-sp} endpoint does; the URI path, overridable per message by {@code CamelAmazonSpOperation}. */
public enum AmazonSpOperations {
    /** Full catalog pull through the GET_MERCHANT_LISTINGS_ALL_DATA report. */
    listingsPull,
    /** getListingsItem for one SKU, with offers, fulfillment availability and issues. */
    getListingsItem,
    /** Prices through patchListingsItem, one SKU at a time; results ACCEPTED or REJECTED. */
    pricePatch,
    /** Prices through JSON_LISTINGS_FEED; results APPLIED, REJECTED or FAILED from the processing report. */
    pricePushFeed,
    /** pricePatch below patchThreshold changes, pricePushFeed from there on. */
    pricePush,
    /**
     * Seller-fulfilled quantities (fulfillment_availability, channel DEFAULT, op merge): patchListingsItem below
     * patchThreshold changes, JSON_LISTINGS_FEED from there on; Amazon-fulfilled offers are UNSUPPORTED.
     */
    inventoryPush,
    /** getFeed for a feed id. */
    feedStatus,
    /** Reads a finished price feed's processing report: one result per message, as pricePushFeed answers. */
    priceFeedResult,
    /** Reads a finished inventory feed's processing report: one result per message, as inventoryPush answers. */
    inventoryFeedResult,
    /** Forces a new LWA access token (checks that the seller's authorization still works). */
    tokenRefresh,
    /** Trades a website-workflow authorization code for a refresh token. */
    exchangeAuthorizationCode,
    /** A cheap authorized call that proves the credentials and the API work. */
    health,
    /** searchCatalogItems 2022-04-01 by keywords or identifiers. */
    catalogSearch
}
