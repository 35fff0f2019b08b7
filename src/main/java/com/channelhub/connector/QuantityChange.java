package com.channelhub.connector;

/**
 * One available quantity to set on one channel.
 *
 * @param itemId             the caller's id for this change, echoed in its {@link QuantityResult}
 * @param sku                the SKU
 * @param inventoryItemId    Shopify's inventory item GID when the hub knows it, else null (Amazon: unused)
 * @param quantity           the new available quantity, 0 or more
 * @param knownQuantity      what the hub last heard the channel hold (pull or webhook), or null when it does not
 *                           know; Shopify uses it for compare-and-set
 * @param fulfillmentChannel who ships the offer when the hub knows it: DEFAULT (the seller) or an Amazon channel
 *                           code such as AMAZON_NA (FBA, Amazon's stock); null when unknown
 */
public record QuantityChange(String itemId, String sku, String inventoryItemId, Integer quantity,
        Integer knownQuantity, String fulfillmentChannel) implements ChannelChange {
}
