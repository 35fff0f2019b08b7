package com.channelhub.connector;

import java.math.BigDecimal;

/**
 * One price to set on one channel.
 *
 * @param itemId             the caller's id for this change, echoed in its {@link PriceResult}
 * @param sku                the SKU
 * @param variantExternalId  the channel's variant id when the hub knows it (Shopify variant GID), else null
 * @param productExternalId  the channel's product id when the hub knows it (Shopify product GID), else null
 * @param price              the new price, positive
 * @param compareAtPrice     the new compare-at / list price, or null to leave it
 * @param currency           ISO 4217 currency of the price
 */
public record PriceChange(String itemId, String sku, String variantExternalId, String productExternalId,
        BigDecimal price, BigDecimal compareAtPrice, String currency) implements ChannelChange {
}
