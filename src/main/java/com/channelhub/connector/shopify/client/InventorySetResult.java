package com.channelhub.connector.shopify.client;

import java.util.List;
import java.util.Map;

/**
 * The answer of one {@code inventorySetQuantities} call: the quantity after the change by inventory item GID (empty
 * when Shopify refused the call), and its errors, which point at {@code ["input", "quantities", "<index>", …]}.
 */
public record InventorySetResult(Map<String, Integer> quantityAfterChange, List<UserError> userErrors) {
}
