package com.channelhub.connector;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A sellable variant as a channel reports it.
 *
 * @param externalId         the channel's id (Shopify variant GID; Amazon seller SKU)
 * @param sku                the SKU the pricing platform uses to name it
 * @param title              variant title
 * @param price              current price
 * @param compareAtPrice     list / compare-at price, when there is one
 * @param currency           ISO 4217 currency of the prices
 * @param quantity           available quantity, when the channel tells it
 * @param inventoryItemId    Shopify inventory item GID (to set quantities); null elsewhere
 * @param fulfillmentChannel who ships it: DEFAULT (merchant) or the Amazon channel code (e.g. AMAZON_NA) for FBA
 * @param externalRef        another identifier worth keeping (Amazon ASIN), or null
 * @param updatedAt          when the channel last changed it
 */
public record CatalogVariant(String externalId, String sku, String title, BigDecimal price, BigDecimal compareAtPrice,
        String currency, Integer quantity, String inventoryItemId, String fulfillmentChannel, String externalRef,
        Instant updatedAt) {
}
