package com.channelhub.connector.shopify.client;

/**
 * One quantity of an {@code inventorySetQuantities} call.
 *
 * @param inventoryItemId    the inventory item GID
 * @param locationId         the location GID
 * @param quantity           the absolute quantity to set
 * @param changeFromQuantity the quantity the caller expects Shopify to hold (compare-and-set), or null to opt out
 */
public record InventoryQuantityInput(String inventoryItemId, String locationId, int quantity,
        Integer changeFromQuantity) {
}
