package com.channelhub.pricing;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/projects/{slug}/inventory}, read item by item by {@link InventoryBatchValidator};
 * this record documents the shape in the OpenAPI.
 *
 * @param items   1 to 100,000 available quantities, one per SKU
 * @param partial true to accept the valid items and store the invalid ones as INVALID (same as {@code ?partial=true})
 */
public record InventoryBatchRequest(List<Item> items, Boolean partial) {

    /**
     * One SKU's available quantity.
     *
     * @param sku      the SKU, as the channels know it (same rules as price batches)
     * @param quantity the available quantity, a whole number from 0 to 1,000,000,000
     * @param channels optional overrides by integration id or by platform ({@code SHOPIFY}, {@code AMAZON})
     */
    public record Item(String sku, Integer quantity, Map<String, ChannelQuantity> channels) {
    }

    /** A quantity for one channel (or all channels of one platform) instead of the item's. */
    public record ChannelQuantity(Integer quantity) {
    }
}
